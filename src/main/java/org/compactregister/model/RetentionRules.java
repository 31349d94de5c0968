package org.compactregister.model;

/**
 * How long the office keeps things; 0 means "keep until removed by hand".
 *
 * @param personalYears years after a withdrawal that the signatory's personal details are kept
 * @param scanYears     years after acknowledgement that scanned forms are kept
 * @param backupDays    days that automatic backups are kept (the newest is always kept)
 */
public record RetentionRules(int personalYears, int scanYears, int backupDays) {

    public static final int MAX_YEARS = 100;
    public static final int MAX_DAYS = 36_500;

    /** Nothing removed until the office sets its periods. */
    public static final RetentionRules KEEP_EVERYTHING = new RetentionRules(0, 0, 0);

    public RetentionRules {
        if (personalYears < 0 || personalYears > MAX_YEARS || scanYears < 0 || scanYears > MAX_YEARS) {
            throw new IllegalArgumentException("Years are kept between 0 (for ever) and " + MAX_YEARS);
        }
        if (backupDays < 0 || backupDays > MAX_DAYS) {
            throw new IllegalArgumentException("Days are kept between 0 (for ever) and " + MAX_DAYS);
        }
    }

    /** "personal details kept 6 years after withdrawal", or "kept until removed by hand" for 0. */
    public String personalRule() {
        return personalYears == 0 ? "personal details kept until removed by hand"
                : "personal details kept " + Plural.of(personalYears, "year", "years") + " after withdrawal";
    }

    public String scanRule() {
        return scanYears == 0 ? "scans kept until removed by hand"
                : "scans kept " + Plural.of(scanYears, "year", "years") + " after acknowledgement";
    }

    public String backupRule() {
        return backupDays == 0 ? "automatic backups kept by number only"
                : "automatic backups kept " + Plural.of(backupDays, "day", "days");
    }
}
