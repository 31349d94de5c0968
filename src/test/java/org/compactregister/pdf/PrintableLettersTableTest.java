package org.compactregister.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compactregister.model.PrintableLetters;
import org.junit.jupiter.api.Test;

/**
 * The form entry judges text by the table of printable letters; the letters and lists print with
 * the fonts. The two must agree exactly, or a name accepted on entry could not be printed.
 */
class PrintableLettersTableTest {

    private static final String HEADER = """
            # The letters the register's fonts (assets/fonts) print: ranges of Unicode code points, in hex.
            # Made from the fonts by PrintableLettersTableTest: when the fonts change, that test writes the
            # new table to target/printable-letters.txt; copy it here.
            """;

    @Test
    void theTableTheFormEntryChecksIsExactlyWhatTheFontsPrint() throws IOException {
        String fromFonts = HEADER + rangesTheFontsPrint();
        String shipped;
        try (InputStream in = PrintableLetters.class.getResourceAsStream("printable-letters.txt")) {
            shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        if (!shipped.equals(fromFonts)) {
            Files.writeString(Path.of("target", "printable-letters.txt"), fromFonts, StandardCharsets.US_ASCII);
        }
        assertEquals(fromFonts, shipped, "src/main/resources/org/compactregister/model/printable-letters.txt "
                + "is not what the fonts print: copy target/printable-letters.txt over it");
    }

    private static String rangesTheFontsPrint() {
        StringBuilder table = new StringBuilder();
        int start = -1;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
            boolean prints = cp <= Character.MAX_CODE_POINT && !Character.isISOControl(cp)
                    && FontFace.forCodePoint(cp) != null;
            if (prints && start < 0) {
                start = cp;
            } else if (!prints && start >= 0) {
                table.append(String.format("%04X-%04X%n", start, cp - 1));
                start = -1;
            }
        }
        return table.toString();
    }
}
