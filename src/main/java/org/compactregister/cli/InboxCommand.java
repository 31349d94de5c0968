package org.compactregister.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.compactregister.form.FormService;
import org.compactregister.form.FormSplitter;
import org.compactregister.form.FoundForm;
import org.compactregister.form.InboxMatch;
import org.compactregister.form.ReturnedForms;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.scan.InboxFile;
import org.compactregister.scan.InboxListing;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanService;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbox --match [--folder DIR]}: reads every file in the scan inbox for the forms' QR codes,
 * splits scanner runs holding several forms, and files each scan matched to a signatory with it.
 */
@Command(name = "inbox",
        mixinStandardHelpOptions = true,
        description = {"Sorts the scan inbox: each file is read for the QR code of a form this register printed. "
                + "A run holding several forms is split into one file per form; a scan matched to a signatory is "
                + "attached to it and moved to the inbox's Done folder. Each file is listed with what it matched, or why not.",
                "Blank forms and unmatched files stay in the inbox, to be typed in the window."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the inbox was sorted", "1:the inbox could not be read (the reason is given)",
                "2:the command was not written correctly (usage shown)", "3:something unexpected went wrong"})
public final class InboxCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Option(names = "--match", required = true, description = "Match and file the waiting scans (the only choice for now).")
    boolean match;

    @Option(names = "--folder", paramLabel = "DIR", description = "The inbox folder (default: the one set in the window).")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = database.open()) {
            ScanInbox inbox = new ScanInbox(services, new ScanService(services));
            if (folder != null) {
                inbox.setFolder(folder);
            }
            ReturnedForms reader = new ReturnedForms(new FormService(services));
            List<InboxFile> files = waiting(inbox);
            int filed = 0;
            List<InboxFile> queue = new ArrayList<>(files);
            while (!queue.isEmpty()) {
                InboxFile file = queue.remove(0);
                InboxMatch found = reader.read(file.path(), Progress.NONE);
                if (found.needsSplitting()) {
                    List<Path> parts = FormSplitter.split(found);
                    out.println(file.name() + ": " + found.describe() + "; split into " + Plural.of(parts.size(), "file", "files"));
                    for (Path part : parts) {
                        queue.add(0, new InboxFile(part, part.getFileName().toString(), 0, file.modified()));
                    }
                    continue;
                }
                String outcome = fileIfMatched(inbox, file, found, err);
                out.println(file.name() + ": " + found.describe() + outcome);
                if (outcome.startsWith(FILED)) {
                    filed++;
                }
            }
            out.println(Plural.of(files.size(), "file", "files") + " read; " + Plural.of(filed, "scan", "scans")
                    + " filed with their signatories.");
            return 0;
        }
    }

    /** How a line begins when the scan was newly kept with its signatory (counted in the last line). */
    private static final String FILED = "; filed with ";

    private static List<InboxFile> waiting(ScanInbox inbox) {
        InboxListing listing = inbox.list();
        if (listing instanceof InboxListing.Waiting waiting) {
            return waiting.files();
        }
        if (listing instanceof InboxListing.Unavailable unavailable) {
            throw new RefusedException(unavailable.message());
        }
        throw new RefusedException("No scan inbox folder is set: give one with --folder DIR.");
    }

    private static String fileIfMatched(ScanInbox inbox, InboxFile file, InboxMatch found, PrintWriter err) {
        var signatory = found.single().flatMap(FoundForm::owner).flatMap(o -> o.signatory());
        if (signatory.isEmpty()) {
            return "";
        }
        Signatory who = signatory.get();
        try {
            ScanInbox.Filed filed = inbox.file(file, who.id());
            return filed.alreadyKept().map(same -> "; already kept with " + who.reference() + " (the same file, "
                    + "attached " + UkDate.formatShort(same.attachedAt().atZone(ZoneId.systemDefault()).toLocalDate())
                    + " as \"" + same.fileName() + "\"), so not kept twice").orElse(FILED + who.reference());
        } catch (RefusedException e) {
            err.println("inbox: " + file.name() + ": " + e.getMessage());
            return "; not filed";
        }
    }
}
