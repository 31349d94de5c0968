package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.FieldChange;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.Withdrawal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.persistence.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class AuditTrailTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(Engines.register(engine, dir), RegisterServiceTest.CLOCK, new StaffMember("b.okafor"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Signatory enter(String name, String organisation) {
        SaveOutcome outcome = services.register().register(RegisterServiceTest.form(name, organisation, "LE11 3AA",
                Sector.VOLUNTARY_AND_COMMUNITY), true);
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).signatory();
    }

    @Test
    void anEditIsRecordedFieldByFieldWithWhoAndWhen() {
        Signatory oak = enter("Nerys Quillfeather", "Oakmere Community Trust");
        var edited = oak.form().withContact("01509 496 111", "nerys@oakmere.example");
        Signatory saved = assertInstanceOf(SaveOutcome.Saved.class,
                services.register().update(oak, edited, true)).signatory();
        List<AuditEntry> entries = services.audit().about(saved.id());
        assertEquals(List.of(AuditAction.EDITED, AuditAction.CREATED), entries.stream().map(AuditEntry::action).toList());
        AuditEntry edit = entries.get(0);
        assertEquals("b.okafor", edit.staff().name());
        assertEquals(RegisterServiceTest.CLOCK.instant(), edit.recordedAt());
        assertEquals(List.of(new FieldChange("Tel", "01509 496000", "01509 496111", true),
                new FieldChange("Email", null, "nerys@oakmere.example", true)), edit.changes());
        assertTrue(entries.get(1).changes().contains(new FieldChange("Name", null, "Nerys Quillfeather", true)));
    }

    @Test
    void whenTheEntryCannotBeWrittenTheChangeIsNotKeptEither() {
        Signatory oak = enter("Nerys Quillfeather", "Oakmere Community Trust");
        assertThrows(IllegalStateException.class, () -> services.audit().record(
                () -> services.register().withdraw(oak, new Withdrawal(oak.form().dateSigned(), "Closed")),
                withdrawn -> {
                    throw new IllegalStateException("the trail failed");
                }));
        assertEquals(oak.status(), services.register().find(oak.id()).orElseThrow().status(),
                "the withdrawal was rolled back with its entry");
        assertEquals(1, services.audit().about(oak.id()).size());
    }

    @Test
    void theAuditWindowsFiltersNarrowByStaffActionAndRecord() {
        Signatory oak = enter("Nerys Quillfeather", "Oakmere Community Trust");
        enter("Idris Pennywhistle", "Larkspur Allotment Society");
        services.audit().note(AuditDraft.of(AuditAction.SETTING_CHANGED, null, "a note"));
        assertEquals(3, services.audit().find(AuditFilter.everything()).size());
        assertEquals(1, services.audit().find(AuditFilter.everything().forSignatory(oak.id())).size());
        assertEquals(3, services.audit().find(new AuditFilter("B.OK", null, null, null, null)).size());
        assertEquals(0, services.audit().find(new AuditFilter("someone", null, null, null, null)).size());
        assertEquals(2, services.audit().find(new AuditFilter("", null, null, AuditAction.CREATED, null)).size());
        assertEquals(0, services.audit().find(new AuditFilter("", services.register().today().plusDays(1), null,
                null, null)).size());
    }
}
