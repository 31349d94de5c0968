package org.compactregister.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The letters the register can print on letters, lists, forms and labels: those its shipped fonts
 * have (Latin, Greek, Cyrillic, Arabic and Urdu, Hebrew, Devanagari, Gujarati, Gurmukhi, Bengali,
 * Tamil, Chinese), as the table {@code printable-letters.txt} beside this class lists them in
 * ranges of code points; the PDF package's tests keep that table equal to the fonts. Spaces and
 * invisible format characters (joiners) are always printable; control characters never are.
 * Text is judged on entry, so that what is in the register can be printed.
 */
public final class PrintableLetters {

    private static final String TABLE = "printable-letters.txt";
    private static volatile int[][] ranges;

    private PrintableLetters() {
    }

    /**
     * Puts an error beside each printed field of the form (name, organisation, the three address
     * lines, town, email) that holds a letter the register cannot print, unless that field already
     * has one, or holds what it held in {@code stored} (the record as saved; null for a new one).
     */
    public static void check(CommitmentForm form, CommitmentForm stored, Map<FormField, String> errors) {
        Address address = form.address();
        Address before = stored == null ? null : stored.address();
        field(errors, FormField.SIGNATORY_NAME, form.signatoryName(), stored == null ? null : stored.signatoryName());
        field(errors, FormField.ORGANISATION, form.organisation(), stored == null ? null : stored.organisation());
        field(errors, FormField.ADDRESS_LINE_1, address.line1(), before == null ? null : before.line1());
        field(errors, FormField.ADDRESS_LINE_2, address.line2(), before == null ? null : before.line2());
        field(errors, FormField.ADDRESS_LINE_3, address.line3(), before == null ? null : before.line3());
        field(errors, FormField.TOWN, address.town(), before == null ? null : before.town());
        field(errors, FormField.EMAIL, form.email(), stored == null ? null : stored.email());
    }

    private static void field(Map<FormField, String> errors, FormField field, String value, String stored) {
        if (errors.containsKey(field) || value.equals(stored)) {
            return;
        }
        firstUnprintable(value).ifPresent(cp -> errors.put(field, field == FormField.EMAIL
                ? "\"" + value + "\" uses " + describe(cp) + ", which the register's fonts do not have, so letters, "
                        + "lists and the subject access pack would print it wrongly. Ask for an address in letters the "
                        + "register prints, or put this one in Notes and leave Email empty."
                : describe(cp) + " cannot be printed on letters and lists: the register's fonts do not have it. "
                        + "Write it in letters the register prints (for example, add the name in Latin letters) and "
                        + "leave that one out."));
    }

    /** Why the text cannot be printed, naming the first letter at fault; empty when it can be. */
    public static Optional<String> problem(String text) {
        return firstUnprintable(text).map(cp -> Character.isISOControl(cp)
                ? String.format("it contains an invisible control character (U+%04X)", cp)
                : "it contains " + describe(cp) + ", which the letter fonts do not have");
    }

    /** True when the code point can be printed (or is a space or joiner, which print as nothing visible). */
    public static boolean canPrint(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        int[][] table = table();
        int low = 0;
        int high = table.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (codePoint < table[middle][0]) {
                high = middle - 1;
            } else if (codePoint > table[middle][1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> firstUnprintable(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!canPrint(codePoint)) {
                return Optional.of(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** The letter for a message: "李" (U+674E, Han script), or a symbol. */
    private static String describe(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        String scriptName = script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return String.format("\"%s\" (U+%04X, %s)", new String(Character.toChars(cp)), cp,
                script == UnicodeScript.COMMON ? "a symbol" : scriptName + " script");
    }

    private static int[][] table() {
        int[][] table = ranges;
        if (table == null) {
            table = read();
            ranges = table;
        }
        return table;
    }

    /** Lines of the form {@code 0020-007E}, in order; lines starting with # are comments. */
    private static int[][] read() {
        List<int[]> read = new ArrayList<>();
        try (InputStream in = PrintableLetters.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("The table " + TABLE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] ends = line.strip().split("-");
                read.add(new int[] {Integer.parseInt(ends[0], 16), Integer.parseInt(ends[1], 16)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.toArray(int[][]::new);
    }
}
