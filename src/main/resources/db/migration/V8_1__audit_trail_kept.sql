-- The audit trail only grows: nothing deletes an entry or a change, nothing updates an entry, and a
-- change is updated only to blank a value for an erasure (see AuditTrailKept).
CREATE TRIGGER audit_entry_kept BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW
    CALL "org.compactregister.persistence.AuditTrailKept";
CREATE TRIGGER audit_change_kept BEFORE UPDATE, DELETE ON audit_change FOR EACH ROW
    CALL "org.compactregister.persistence.AuditTrailKept";
