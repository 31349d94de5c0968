package org.compactregister.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms the register prints, scanned in every way the office's scanners and phones do, are
 * recognised by their QR code and placed well enough to cut every box whole. The CI runs a modest
 * corpus (36 pages: 150, 200 and 300 dpi, each turned four ways and skewed three ways, a third noisy and blurred, a third low-quality JPEG); {@code -Dforms.corpus=large} runs twice as many.
 */
class QrMatchingTest {

    private static final boolean LARGE = "large".equals(System.getProperty("forms.corpus"));
    private static final double[] SKEWS = LARGE ? new double[] {-3, -1.5, 0, 1, 2, 3} : new double[] {-3, 0, 2.5};

    @TempDir
    Path dir;

    record Tally(int pages, int matched, int wrong, double worstOverlap) {
    }

    @Test
    void pagesAreMatchedAtEveryResolutionTurnAndSkewNeverToTheWrongFormAndEveryBoxIsCutWhole() throws IOException {
        try (Services services = ScanTestRegister.open(dir)) {
            FormService forms = new FormService(services);
            List<PrintedForm> printed = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                Signatory signatory = ScanTestRegister.addSignatory(services, n);
                printed.add(forms.formFor(signatory));
            }
            printed.addAll(forms.newBlankForms(3));
            byte[] pdf = forms.pdf(printed, false, Progress.NONE);
            Map<FormBox, String> writing = Map.of(FormBox.NAME, "Gwenllian Price", FormBox.DATE, "12/11/2026",
                    FormBox.ADDRESS, "4 Heol y Felin\nAbermill\nMB3 2QT", FormBox.EMAIL, "gwen@example.org");
            int variant = 0;
            for (float dpi : new float[] {150, 200, 300}) {
                Tally tally = new Tally(0, 0, 0, 1);
                for (int turn = 0; turn < 4; turn++) {
                    for (double skew : SKEWS) {
                        int formIndex = variant % printed.size();
                        FormReference truth = printed.get(formIndex).reference();
                        BufferedImage drawn = FormCorpus.draw(pdf, formIndex, dpi, writing);
                        FormCorpus.Page page = FormCorpus.turn(drawn, dpi, turn * 90 + skew, truth);
                        BufferedImage picture = switch (variant % 3) {
                            case 0 -> page.picture();
                            case 1 -> FormCorpus.noisy(page.picture(), 14, true, variant);
                            default -> FormCorpus.read(FormCorpus.jpeg(FormCorpus.noisy(page.picture(), 8, false, variant), 0.3f));
                        };
                        tally = count(tally, new FormCorpus.Page(picture, page.pageToPicture(), truth));
                        variant++;
                    }
                }
                double rate = 100.0 * tally.matched() / tally.pages();
                System.out.printf("QR matching at %.0f dpi: %d of %d pages (%.1f%%), wrong %d, worst box overlap %.1f%%%n",
                        dpi, tally.matched(), tally.pages(), rate, tally.wrong(), tally.worstOverlap() * 100);
                assertEquals(0, tally.wrong(), "no page is ever matched to the wrong form");
                assertTrue(rate >= (dpi < 200 ? 95 : 99), "match rate at " + dpi + " dpi: " + rate + "%");
                assertTrue(tally.worstOverlap() >= 0.90, "every cut holds at least 90% of its box: " + tally.worstOverlap());
            }
        }
    }

    private static Tally count(Tally tally, FormCorpus.Page page) {
        Optional<ReturnedForms.PageCode> code = ReturnedForms.find(page.picture());
        if (code.isEmpty()) {
            return new Tally(tally.pages() + 1, tally.matched(), tally.wrong(), tally.worstOverlap());
        }
        if (!code.get().reference().equals(page.reference())) {
            return new Tally(tally.pages() + 1, tally.matched(), tally.wrong() + 1, tally.worstOverlap());
        }
        double worst = tally.worstOverlap();
        for (FormBox box : FormBox.values()) {
            worst = Math.min(worst, FormCorpus.overlap(CommitmentFormLayout.box(box), page.pageToPicture(), code.get().placement()));
        }
        return new Tally(tally.pages() + 1, tally.matched() + 1, tally.wrong(), worst);
    }
}
