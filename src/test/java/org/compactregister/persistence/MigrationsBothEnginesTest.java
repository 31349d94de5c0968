package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.compactregister.model.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** One set of migrations: the same versions on both engines, and H2's exactly as before (checksums kept). */
class MigrationsBothEnginesTest {

    /**
     * Version, checksum and description of each migration as registers made before the PostgreSQL
     * engine recorded them (Flyway refuses to open a register whose applied scripts changed).
     */
    static final List<String> H2_HISTORY = List.of(
            "1 1011068712 register of signatories",
            "2 -508899776 scans",
            "3 -1310643213 letters",
            "4 1697463259 address line3 and second phone",
            "5 -1610309343 scan rotation",
            "6 573933912 search words in memory",
            "7 -1670287957 blank forms",
            "8 1341300050 audit trail and personal data",
            "9 -2012065185 signatory ids handed out in thousands",
            "10 302402725 bmp and gif scans",
            "11 -491782489 phone extensions");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ArgumentsSource(Engines.class)
    void everyVersionIsAppliedAndH2sChecksumsAreUnchanged(Engine engine) {
        try (RegisterDatabase database = Engines.open(engine, dir)) {
            List<String> history = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT \"version\", \"checksum\", \"description\" FROM \"flyway_schema_history\""
                            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                    .map((rs, ctx) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3)).list());
            if (engine == Engine.H2) {
                assertEquals(H2_HISTORY, history);
            } else {
                assertEquals(H2_HISTORY.stream().map(line -> line.split(" ")[0]).toList(),
                        history.stream().map(line -> line.split(" ")[0]).toList());
            }
        }
    }
}
