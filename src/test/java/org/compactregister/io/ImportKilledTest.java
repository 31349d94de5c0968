package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.compactregister.model.RegisterQuery;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import whose process dies part-way leaves the register with all of that import or none of it. */
class ImportKilledTest {

    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAllOrNoneOfIt() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Date,On behalf of Organisation,Tel\r\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Person ").append(i).append(",01/01/2020,Killed Import Organisation ").append(i)
                    .append(",0116 496 0").append(String.format("%03d", i % 1000)).append("\r\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        Path register = dir.resolve("register");
        int before;
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            services.sampleData().fillEmptyRegister(50);
            before = services.register().count();
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ImportUntilKilled.class.getName(), register.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        long enteredWhenKilled = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("entered ")) {
                    enteredWhenKilled = Long.parseLong(line.substring("entered ".length()));
                    if (enteredWhenKilled >= ROWS / 4) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertTrue(enteredWhenKilled >= ROWS / 4 && enteredWhenKilled < ROWS,
                "the process was killed part-way through entering rows, at " + enteredWhenKilled);

        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            int after = services.register().count();
            assertTrue(after == before || after == before + ROWS, "all or none of the import, not " + (after - before));
            assertEquals(before, after, "killed before it committed, so none of it");
            assertEquals(0, services.register().search(RegisterQuery.everything().withSearchText("killed"))
                    .totalMatching(), "no search words were left behind either");
            // the import set the table's indexes aside (20,000 rows into 50): opening builds them again
            int indexes = services.database().jdbi().withHandle(handle -> handle.createQuery("""
                    SELECT COUNT(*) FROM information_schema.indexes WHERE table_schema = CURRENT_SCHEMA
                    AND (UPPER(index_name) LIKE 'SIGNATORY\\_BY\\_%' ESCAPE '\\'
                         OR UPPER(index_name) = 'AUDIT_CHANGE_BY_SIGNATORY')
                    """).mapTo(Integer.class).one());
            assertEquals(7, indexes, "every index the import set aside is there again");
        }
    }
}
