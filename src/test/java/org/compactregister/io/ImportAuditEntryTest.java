package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.FieldChange;
import org.compactregister.model.Signatory;
import org.compactregister.persistence.SignatoryIds;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.Progress;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.AuditTrail;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's audit entry is written a thousand rows at a time (so a 100,000-row import fits in a
 * small heap); it still names every signatory the import added, once, in the order of their ids,
 * with the row's values, and only those.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.ArgumentsSource(org.compactregister.persistence.Engines.class)
class ImportAuditEntryTest {

    @org.junit.jupiter.params.Parameter
    org.compactregister.model.Engine engine;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final int ROWS = 2_345;

    @TempDir
    Path dir;

    @Test
    void theImportsEntryNamesEverySignatoryItAddedOnceInOrder() throws Exception {
        Path csv = dir.resolve("office.csv");
        try (Services source = Services.open(dir.resolve("source"), CLOCK)) {
            new SignatoryRepository(source.database().jdbi()).addAll(
                    new SampleSignatories(5L, LocalDate.of(2026, 12, 6)).forms(ROWS), CLOCK.instant());
            new RegisterCsvExport(source).export(csv, Progress.NONE);
        }
        try (Services services = Services.open(org.compactregister.persistence.Engines.register(engine, dir), CLOCK)) {
            Signatory before = new SignatoryRepository(services.database().jdbi()).add(
                    new SampleSignatories(99L, LocalDate.of(2026, 12, 6)).forms(1).get(0), CLOCK.instant());

            ImportReport report = new CsvImportService(services).importFile(csv, false, Progress.NONE);

            List<Signatory> added = new SignatoryIds(services.database().jdbi()).above(before.id());
            assertEquals(report.imported(), added.size());
            assertTrue(added.size() > 2 * 1000, "enough rows to cross the entry's pages: " + added.size());
            List<AuditEntry> imports = services.audit().find(AuditFilter.everything()).stream()
                    .filter(entry -> entry.action() == AuditAction.IMPORTED).toList();
            assertEquals(1, imports.size());
            AuditEntry entry = imports.get(0);
            assertEquals("Imported " + added.size() + " signatories from office.csv",
                    entry.summary());
            assertEquals(added.stream().map(Signatory::id).toList(),
                    entry.changes().stream().map(FieldChange::signatoryId).toList());
            for (int i = 0; i < added.size(); i++) {
                FieldChange change = entry.changes().get(i);
                assertTrue(change.personal());
                assertTrue(change.newValue().contains(added.get(i).form().organisation()),
                        change.newValue() + " names " + added.get(i).form().organisation());
                // written from the rows as they went in, it says what the register holds
                assertEquals(AuditTrail.row(added.get(i)).newValue(), change.newValue());
            }
        }
    }
}
