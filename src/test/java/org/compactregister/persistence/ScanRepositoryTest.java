package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.compactregister.model.ScanMediaType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** A scan's bytes go in as a stream and come back identical, on both engines (in slices on PostgreSQL). */
class ScanRepositoryTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ArgumentsSource(Engines.class)
    void aScanOfSeveralSlicesComesBackByteForByte(Engine engine) throws Exception {
        byte[] content = new byte[2 * ScanRepository.SLICE_BYTES + 12_345];
        new Random(7).nextBytes(content);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        try (RegisterDatabase database = Engines.open(engine, dir)) {
            long signatory = new SignatoryRepository(database.jdbi())
                    .add(RegisterDatabaseTest.form("Canal Side Tenants"), Instant.now()).id();
            ScanRepository scans = new ScanRepository(database.jdbi());
            NewScan scan = new NewScan(signatory, "form.pdf", ScanMediaType.PDF, content.length, sha256, 1,
                    Instant.parse("2026-12-06T09:00:00Z"), new byte[] {1, 2, 3});
            long id = assertInstanceOf(ScanAddition.Added.class,
                    scans.add(scan, new ByteArrayInputStream(content), () -> { })).scan().id();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(true, scans.copyContent(id, out));
            assertArrayEquals(content, out.toByteArray());
            assertInstanceOf(ScanAddition.AlreadyThere.class,
                    scans.add(scan, new ByteArrayInputStream(content), () -> { }));
            assertArrayEquals(new byte[] {1, 2, 3}, scans.thumbnail(id).orElseThrow());
            assertFalse(scans.copyContent(id + 1000, new ByteArrayOutputStream()), "no such scan");

            IllegalStateException stop = new IllegalStateException("stopped after the content was read");
            NewScan another = new NewScan(signatory, "other.pdf", ScanMediaType.PDF, 3, "0".repeat(64), 1,
                    Instant.now(), null);
            assertThrows(IllegalStateException.class, () -> scans.add(another, new ByteArrayInputStream(
                    new byte[] {4, 5, 6}), () -> { throw stop; }));
            assertEquals(1, scans.countFor(signatory), "a stopped addition stores nothing");
        }
    }
}
