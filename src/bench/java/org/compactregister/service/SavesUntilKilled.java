package org.compactregister.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanService;

/**
 * The process that {@link SaveSurvivesAbruptEndTest} ends abruptly: it opens the register and
 * enters commitment forms through the same services the window uses, one after another, opening
 * and closing each record in between as the window does, and now and then changing one and
 * attaching a scan. It prints {@code SAVED <reference> <name>} only once a save has returned, and
 * {@code SCANNED <reference>} once a scan is attached; it runs until it is killed.
 *
 * <p>Arguments: the register file, and a word that makes this run's names unique.
 */
public final class SavesUntilKilled {

    private SavesUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Path register = Path.of(args[0]);
        String run = args[1];
        Path scan = Files.createTempFile("form-scan-" + run, ".png");
        BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 160);
        g.setColor(new Color(run.hashCode() | 0xFF000000));
        g.fillRect(10, 10, 100, 20);
        g.dispose();
        ImageIO.write(image, "png", scan.toFile());

        Services services = Services.open(register, Clock.systemDefaultZone());
        RegisterService signatories = services.register();
        ScanService scans = new ScanService(services);
        List<CommitmentForm> forms = new SampleSignatories(run.hashCode(), signatories.today()).forms(40);
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            CommitmentForm sample = forms.get(i % forms.size());
            String name = "Durable " + run + " " + i;
            CommitmentForm form = new CommitmentForm(name, sample.dateSigned(), sample.organisation(),
                    sample.address(), sample.telephone(), sample.email(), sample.sector(), sample.dateReceived(),
                    sample.howReceived(), sample.notes());
            Signatory saved = ((SaveOutcome.Saved) signatories.register(form, true)).signatory();
            System.out.println("SAVED " + saved.reference() + " " + name);
            System.out.flush();
            // what the window does when the record is opened and closed again
            Signatory opened = signatories.find(saved.id()).orElseThrow();
            scans.list(opened.id());
            signatories.search(new RegisterQuery(name, null, null, null, true, RegisterQuery.DEFAULT_LIMIT));
            if (i % 5 == 4) {
                signatories.update(opened, form.withContact(form.telephone(), "changed@example.org"), true);
                System.out.println("CHANGED " + saved.reference());
                System.out.flush();
            }
            if (i % 7 == 3) {
                scans.attachOne(opened.id(), scan);
                System.out.println("SCANNED " + saved.reference());
                System.out.flush();
            }
        }
    }
}
