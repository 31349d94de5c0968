package org.compactregister.form;

import java.util.List;
import java.util.regex.Pattern;
import org.compactregister.model.UkDate;
import org.compactregister.model.UkPostcode;

/**
 * When the typing of a box is certainly finished, so that the check screen can move to the next box
 * by itself, as a form on paper does when the pen reaches the end. Only two boxes have such an end:
 * <ul>
 * <li>the date, written in full as day/month/four-digit year (2/11/2026, 02.11.2026, 2-11-2026) and
 * a real date: nothing can follow the fourth digit of the year;</li>
 * <li>the address, when its last line (after at least one other line) is a whole UK postcode such
 * as MB2 1AB: the postcode is the address's last line, and its last part is always one digit and two
 * letters, so it is whole only once its last letter is typed. A BFPO number is not an end (BFPO 5
 * may go on to BFPO 57).</li>
 * </ul>
 * Every other box (and a date or address written any other way) ends when staff press Enter.
 */
public final class BoxEnding {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}");

    private BoxEnding() {
    }

    /** Whether {@code text} in {@code box} is finished as typed (see the class's rules). */
    public static boolean complete(FormBox box, String text) {
        if (text == null) {
            return false;
        }
        return switch (box) {
            case DATE -> FULL_DATE.matcher(text.strip()).matches() && UkDate.parse(text).isPresent();
            case ADDRESS -> addressEndsWithPostcode(text);
            default -> false;
        };
    }

    /**
     * Whether the change from {@code before} to {@code after} is the typing that finished the box:
     * letters added at the end of what was there, turning an unfinished box into a finished one.
     * Corrections inside a finished box are not (the screen asks this only of typing in the box that
     * has the focus, never of values it filled in itself).
     */
    public static boolean finishedBy(FormBox box, String before, String after) {
        String was = before == null ? "" : before;
        return after != null && after.length() > was.length() && after.startsWith(was)
                && !complete(box, was) && complete(box, after);
    }

    private static boolean addressEndsWithPostcode(String text) {
        if (text.endsWith(",") || text.endsWith("\n")) {
            return false;
        }
        List<String> lines = List.of(text.split("[\\n,]")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) {
            return false;
        }
        return UkPostcode.normalise(lines.get(lines.size() - 1)).filter(postcode -> !postcode.startsWith("BFPO")).isPresent();
    }
}
