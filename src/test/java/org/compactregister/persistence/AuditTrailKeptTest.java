package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.FieldChange;
import org.compactregister.model.StaffMember;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database refuses to rewrite or remove the audit trail, whatever SQL is run; an erasure's blanking passes. */
class AuditTrailKeptTest {

    @TempDir
    Path dir;

    @Test
    void entriesCannotBeDeletedOrEditedAndValuesOnlyBlanked() {
        try (RegisterDatabase database = RegisterDatabase.open(dir.resolve("register"))) {
            var jdbi = database.jdbi();
            jdbi.useTransaction(handle -> AuditRepository.add(handle, new AuditEntry(0, Instant.now(),
                    new StaffMember("e.hale"), AuditAction.EDITED, 7L, "Edited CS-000007",
                    List.of(new FieldChange("Email", "old@example.org", "new@example.org", true)))));
            for (String sql : List.of("DELETE FROM audit_entry", "UPDATE audit_entry SET staff_member = 'someone'",
                    "DELETE FROM audit_change", "UPDATE audit_change SET new_value = 'forged@example.org'",
                    "UPDATE audit_change SET field = 'Name'")) {
                JdbiException refused = assertThrows(JdbiException.class, () -> jdbi.useHandle(h -> h.execute(sql)), sql);
                assertTrue(refused.getMessage().contains("The audit trail cannot be changed"), refused.getMessage());
            }
            jdbi.useTransaction(handle -> assertEquals(1, AuditRepository.blankPersonalValues(handle, 7L)));
            assertEquals(List.of("(erased)", "(erased)"), jdbi.withHandle(h -> h.createQuery(
                    "SELECT old_value, new_value FROM audit_change").map((rs, ctx) -> List.of(rs.getString(1),
                    rs.getString(2))).one()));
            int entries = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_entry")
                    .mapTo(Integer.class).one());
            assertEquals(1, entries);
        }
    }
}
