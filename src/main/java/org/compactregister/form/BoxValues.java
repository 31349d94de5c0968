package org.compactregister.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.UkDate;
import org.compactregister.model.UkPostcode;

/**
 * The boxes' text as a commitment form. The address box is one text, its lines separated by line
 * breaks or commas ("4 Mill Lane, Abermill, MB3 2QT"): a last line shaped like a postcode is the
 * postcode, the line before it the town, the rest street lines (at most three; more are joined
 * into the third).
 */
public final class BoxValues {

    private BoxValues() {
    }

    /** The address box's text in one line, as the verification screen shows it: "4 Mill Lane, Abermill, MB3 2QT". */
    public static String oneLine(String address) {
        return String.join(", ", lines(address));
    }

    public static Address address(String text) {
        List<String> lines = new ArrayList<>(lines(text));
        String postcode = "";
        if (!lines.isEmpty() && UkPostcode.normalise(lines.get(lines.size() - 1)).isPresent()) {
            postcode = lines.remove(lines.size() - 1);
        }
        String town = lines.size() >= 2 ? lines.remove(lines.size() - 1) : "";
        String line1 = lines.isEmpty() ? "" : lines.remove(0);
        String line2 = lines.isEmpty() ? "" : lines.remove(0);
        String line3 = String.join(", ", lines);
        return new Address(line1, line2, line3, town, postcode);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n,]")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The form the boxes make, received today by {@code how}; {@code kept} (a renewal's record) gives
     * what the paper form has no box for (sector, notes, second phone); a date that is not a date is
     * left for the rules to explain.
     */
    public static CommitmentForm form(Map<FormBox, String> boxes, CommitmentForm kept, LocalDate today, HowReceived how) {
        String dateText = boxes.getOrDefault(FormBox.DATE, "");
        LocalDate signed = UkDate.parse(dateText).orElse(null);
        Sector sector = kept == null ? null : kept.sector();
        String notes = kept == null ? "" : kept.notes();
        CommitmentForm form = new CommitmentForm(boxes.getOrDefault(FormBox.NAME, ""), signed,
                boxes.getOrDefault(FormBox.ORGANISATION, ""), address(boxes.getOrDefault(FormBox.ADDRESS, "")),
                boxes.getOrDefault(FormBox.TEL, ""), kept == null ? "" : kept.secondTelephone(),
                boxes.getOrDefault(FormBox.EMAIL, ""), sector, today, how, notes);
        return form;
    }
}
