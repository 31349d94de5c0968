package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.compactregister.model.FieldChange;
import org.h2.api.Trigger;

/**
 * The database's own guard on the audit trail (triggers made by migration V8_1): an entry or a
 * change can never be deleted, an entry never updated, and a change updated only to blank a value
 * as an erasure does ({@link FieldChange#ERASED}). Whatever runs SQL on the register, the trail
 * only grows.
 */
public final class AuditTrailKept implements Trigger {

    private boolean changes;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        changes = table.equalsIgnoreCase("AUDIT_CHANGE");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (newRow == null || !changes || !onlyErased(oldRow, newRow)) {
            throw new SQLException("The audit trail cannot be changed: entries are only ever added.", "23513");
        }
    }

    /** entry_id, position, signatory_id, field, old_value, new_value, personal: only the values may become "(erased)". */
    private static boolean onlyErased(Object[] before, Object[] after) {
        for (int column = 0; column < before.length; column++) {
            boolean value = column == 4 || column == 5;
            boolean same = Objects.equals(before[column], after[column]);
            if (!same && !(value && FieldChange.ERASED.equals(after[column]))) {
                return false;
            }
        }
        return true;
    }
}
