package org.compactregister.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compactregister.model.Sector;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a sector as people type it on the command line: a short name ({@code voluntary},
 * {@code public}, {@code social-enterprise}, {@code private}), the start of its full name in any
 * case, or the full name in quotes. Anything else is refused with the names that work.
 */
final class SectorName implements ITypeConverter<Sector> {

    private static final Map<Sector, String> SHORT = Map.of(
            Sector.PUBLIC_SECTOR_PARTNER, "public",
            Sector.VOLUNTARY_AND_COMMUNITY, "voluntary",
            Sector.SOCIAL_ENTERPRISE, "social-enterprise",
            Sector.PRIVATE_SECTOR, "private");

    private static final Map<String, Sector> ALIASES = Map.of(
            "vcs", Sector.VOLUNTARY_AND_COMMUNITY,
            "community", Sector.VOLUNTARY_AND_COMMUNITY,
            "vco", Sector.VOLUNTARY_AND_COMMUNITY,
            "social", Sector.SOCIAL_ENTERPRISE);

    @Override
    public Sector convert(String typed) {
        String key = normal(typed);
        if (ALIASES.containsKey(key)) {
            return ALIASES.get(key);
        }
        List<Sector> matches = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            if (!key.isEmpty() && (normal(SHORT.get(sector)).equals(key) || normal(sector.label()).startsWith(key)
                    || normal(sector.name()).equals(key))) {
                matches.add(sector);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new TypeConversionException("There is no sector called \"" + typed + "\". Use one of: " + validNames());
    }

    static String validNames() {
        List<String> names = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            names.add(SHORT.get(sector) + " (" + sector.label() + ")");
        }
        return String.join(", ", names) + ".";
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.UK).replace('-', ' ').replace('_', ' ')
                .replaceAll("\\s+", " ");
    }
}
