package org.compactregister.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boxes written on are told from boxes left blank on the corpus's scans: a renewal form with some
 * boxes written in (a single digit among them), at 150, 200 and 300 dpi, turned every quarter turn
 * and skewed, clean, noisy and blurred, and as low-quality JPEG.
 */
class BoxInkTest {

    @TempDir
    Path dir;

    @Test
    void boxesWrittenOnAreToldFromBoxesLeftBlank() throws Exception {
        try (Services services = ScanTestRegister.open(dir)) {
            FormService forms = new FormService(services);
            Signatory signatory = ScanTestRegister.addSignatory(services, 0);
            byte[] pdf = forms.pdf(List.of(forms.formFor(signatory)), false, Progress.NONE);
            Map<FormBox, String> writing = Map.of(FormBox.DATE, "7", FormBox.ADDRESS, "4 Heol y Felin\nAbermill\nMB3 2QT",
                    FormBox.EMAIL, "gwen@example.org");
            int variant = 0;
            int leastWritten = Integer.MAX_VALUE;
            int mostBlank = 0;
            List<String> wrong = new ArrayList<>();
            for (float dpi : new float[] {150, 200, 300}) {
                for (int turn = 0; turn < 4; turn++) {
                    for (double skew : new double[] {-2.5, 1.5}) {
                        FormCorpus.Page page = FormCorpus.turn(FormCorpus.draw(pdf, 0, dpi, writing), dpi, turn * 90 + skew, null);
                        BufferedImage picture = switch (variant++ % 3) {
                            case 0 -> page.picture();
                            case 1 -> FormCorpus.noisy(page.picture(), 14, true, variant);
                            default -> FormCorpus.read(FormCorpus.jpeg(FormCorpus.noisy(page.picture(), 8, false, variant), 0.3f));
                        };
                        var code = ReturnedForms.find(picture);
                        if (code.isEmpty()) {
                            continue; // not matched: never opened for checking
                        }
                        for (FormBox box : FormBox.values()) {
                            BufferedImage cut = code.get().placement().cut(picture, CommitmentFormLayout.box(box),
                                    ReturnedFormEntry.CUT_PIXELS_PER_POINT);
                            int dark = BoxInk.darkPixels(cut);
                            boolean written = writing.containsKey(box);
                            if (written) {
                                leastWritten = Math.min(leastWritten, dark);
                            } else {
                                mostBlank = Math.max(mostBlank, dark);
                            }
                            if (BoxInk.writtenOn(cut) != written) {
                                wrong.add(dpi + " dpi " + (turn * 90 + skew) + "° " + box + ": " + dark);
                            }
                        }
                    }
                }
            }
            System.out.printf("Box ink: blank boxes at most %d dark pixels, written ones (a single digit the least) "
                    + "at least %d%n", mostBlank, leastWritten);
            assertEquals(List.of(), wrong, "boxes told wrongly");
            assertEquals(24, variant);
        }
    }
}
