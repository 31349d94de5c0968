package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

/** The corpus's scanner, for tests in other packages (the window tests). */
public final class FormCorpusAccess {

    private FormCorpusAccess() {
    }

    /** Page {@code index} of a forms PDF written in, drawn at {@code dpi} and turned by {@code degrees}. */
    public static BufferedImage scanned(byte[] pdf, int index, float dpi, double degrees, Map<FormBox, String> written)
            throws IOException {
        return FormCorpus.turn(FormCorpus.draw(pdf, index, dpi, written), dpi, degrees, null).picture();
    }

    public static byte[] jpeg(BufferedImage picture, float quality) throws IOException {
        return FormCorpus.jpeg(picture, quality);
    }
}
