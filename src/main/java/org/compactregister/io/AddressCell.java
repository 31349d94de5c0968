package org.compactregister.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactregister.model.Address;
import org.compactregister.model.Text;
import org.compactregister.model.UkPostcode;

/**
 * A whole address in one spreadsheet cell (lines, or parts separated by commas or semicolons) split
 * into the register's street lines, town and postcode. The postcode is found wherever it stands (on
 * its own, after the town, before a country); a trailing country ("UK", "England") and county
 * ("Leicestershire") are not taken for the town, since Royal Mail needs neither; the postcode becomes
 * the last line of the address, as a letter prints it.
 */
final class AddressCell {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![A-Z0-9])(BFPO\\s*[1-9][0-9]{0,3}|GIR\\s*0AA|[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2})(?![A-Z0-9])");

    private static final Set<String> COUNTRIES = Set.of("uk", "u k", "united kingdom", "great britain", "gb",
            "britain", "england", "scotland", "wales", "cymru", "northern ireland", "isle of man", "jersey",
            "guernsey", "channel islands");

    private static final Set<String> COUNTIES = Set.of("leicestershire", "leics", "rutland", "northamptonshire",
            "northants", "nottinghamshire", "notts", "derbyshire", "lincolnshire", "lincs", "warwickshire",
            "west midlands", "staffordshire", "staffs", "worcestershire", "shropshire", "herefordshire",
            "gloucestershire", "glos", "oxfordshire", "oxon", "buckinghamshire", "bucks", "bedfordshire", "beds",
            "hertfordshire", "herts", "cambridgeshire", "cambs", "norfolk", "suffolk", "essex", "kent", "surrey",
            "east sussex", "west sussex", "sussex", "hampshire", "hants", "berkshire", "berks", "wiltshire", "wilts",
            "dorset", "somerset", "devon", "cornwall", "greater london", "middlesex", "greater manchester",
            "merseyside", "lancashire", "lancs", "cheshire", "cumbria", "north yorkshire", "south yorkshire",
            "west yorkshire", "east riding of yorkshire", "yorkshire", "tyne and wear", "northumberland",
            "county durham", "co durham", "isle of wight", "east midlands");

    private AddressCell() {
    }

    /** The address written in {@code cell}; {@link Address#EMPTY} for a blank cell. */
    static Address split(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : Text.cleanMultiline(cell).split("[\\n,;]+")) {
            if (!Text.clean(part).isEmpty()) {
                parts.add(Text.clean(part));
            }
        }
        String postcode = takePostcode(parts);
        dropTrailing(parts, COUNTRIES, 1);
        dropTrailing(parts, COUNTIES, 2);
        String town = parts.size() >= 2 ? parts.remove(parts.size() - 1) : "";
        String line1 = parts.isEmpty() ? "" : parts.remove(0);
        String line2 = parts.isEmpty() ? "" : parts.remove(0);
        String line3 = String.join(", ", parts);
        return new Address(line1, line2, line3, town, postcode);
    }

    /** Removes the last postcode-shaped text of the parts (its part too, when nothing else is left there). */
    private static String takePostcode(List<String> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            Matcher matcher = POSTCODE.matcher(parts.get(i));
            String found = null;
            int start = -1;
            int end = -1;
            while (matcher.find()) {
                if (UkPostcode.normalise(matcher.group(1)).isPresent()) {
                    found = matcher.group(1);
                    start = matcher.start();
                    end = matcher.end();
                }
            }
            if (found != null) {
                String rest = Text.clean(parts.get(i).substring(0, start) + " " + parts.get(i).substring(end));
                if (rest.isEmpty()) {
                    parts.remove(i);
                } else {
                    parts.set(i, rest);
                }
                return UkPostcode.normalise(found).orElseThrow();
            }
        }
        return "";
    }

    /** Drops trailing parts named in {@code names} while at least {@code keep} parts would remain. */
    private static void dropTrailing(List<String> parts, Set<String> names, int keep) {
        while (parts.size() > keep && names.contains(key(parts.get(parts.size() - 1)))) {
            parts.remove(parts.size() - 1);
        }
    }

    private static String key(String part) {
        return part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
}
