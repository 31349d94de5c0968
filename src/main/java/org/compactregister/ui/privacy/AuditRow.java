package org.compactregister.ui.privacy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.FieldChange;
import org.compactregister.model.Signatory;

/** One line of an audit table: an entry's field change (or the entry itself when it changed no field). */
public record AuditRow(String when, String staff, String what, String reference, String summary, String field,
                       String oldValue, String newValue) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The rows of these entries, in their order, times in {@code zone}. */
    public static List<AuditRow> of(List<AuditEntry> entries, ZoneId zone) {
        List<AuditRow> rows = new ArrayList<>();
        for (AuditEntry entry : entries) {
            String when = WHEN.format(entry.recordedAt().atZone(zone));
            String reference = entry.reference().orElse("");
            if (entry.changes().isEmpty()) {
                rows.add(new AuditRow(when, entry.staff().name(), entry.action().label(), reference, entry.summary(),
                        "", "", ""));
            }
            for (FieldChange change : entry.changes()) {
                rows.add(new AuditRow(when, entry.staff().name(), entry.action().label(),
                        change.signatoryId() == null ? reference : Signatory.referenceOf(change.signatoryId()),
                        entry.summary(), change.field(), text(change.oldValue()), text(change.newValue())));
            }
        }
        return rows;
    }

    /** The change in one line: "Edited · Tel: 0116 496 0095 → 0116 496 0096", or the summary when no field changed. */
    public String change() {
        if (field.isEmpty()) {
            return what + " · " + summary;
        }
        String from = oldValue.isEmpty() ? "" : oldValue + " → ";
        return what + " · " + field + ": " + from + (newValue.isEmpty() ? "(removed)" : newValue);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
