package org.compactregister.form;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The reference a printed form carries: a signatory's ({@code CS-000042}, as on letters) for a
 * renewal or a change of details, or a blank form's own ({@code BF-000007}).
 *
 * <p>The QR code holds {@code CRF:CS-000042:1A2B}: our prefix, the reference, and a check of four
 * hex digits over both. A code without our prefix or with a wrong check is not ours and is
 * ignored ({@link #fromQrText} gives empty), so a parcel label or a code of another system on the
 * page is never taken for a form.
 */
public record FormReference(Kind kind, long number) {

    /** Whose form it is. */
    public enum Kind {
        SIGNATORY("CS"),
        BLANK("BF");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final String QR_PREFIX = "CRF:";
    private static final Pattern TEXT = Pattern.compile("(CS|BF)-(\\d{6,12})");
    private static final Pattern QR = Pattern.compile("CRF:((?:CS|BF)-\\d{6,12}):([0-9A-F]{4})");

    public FormReference {
        if (number <= 0) {
            throw new IllegalArgumentException("A form reference's number is positive: " + number);
        }
    }

    public static FormReference signatory(long id) {
        return new FormReference(Kind.SIGNATORY, id);
    }

    public static FormReference blank(long id) {
        return new FormReference(Kind.BLANK, id);
    }

    /** As printed: {@code CS-000042}. */
    public String text() {
        return String.format("%s-%06d", kind.prefix, number);
    }

    /** What the QR code holds: {@code CRF:CS-000042:1A2B} (upper case letters, digits and : - only, so it fits the smallest code). */
    public String qrText() {
        String body = QR_PREFIX + text();
        return body + ":" + check(body);
    }

    /** The reference typed or printed as {@code CS-000042} or {@code bf-7}... exactly {@code XX-digits}; empty otherwise. */
    public static Optional<FormReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        return m.matches() ? of(m.group(1), m.group(2)) : Optional.empty();
    }

    /** The reference in a QR code's text when it is one of ours with a right check; empty for anything else. */
    public static Optional<FormReference> fromQrText(String qr) {
        if (qr == null) {
            return Optional.empty();
        }
        Matcher m = QR.matcher(qr);
        if (!m.matches() || !check(QR_PREFIX + m.group(1)).equals(m.group(2))) {
            return Optional.empty();
        }
        return parse(m.group(1));
    }

    private static Optional<FormReference> of(String prefix, String digits) {
        long number;
        try {
            number = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (number <= 0) {
            return Optional.empty();
        }
        return Optional.of(new FormReference(prefix.equals("CS") ? Kind.SIGNATORY : Kind.BLANK, number));
    }

    private static String check(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return String.format("%04X", crc.getValue() & 0xFFFF);
    }

    @Override
    public String toString() {
        return text();
    }
}
