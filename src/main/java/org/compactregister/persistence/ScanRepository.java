package org.compactregister.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.Scan;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps scans in the database, the content as a BLOB that is streamed in and out in blocks, so a
 * large PDF never sits whole in memory.
 */
public final class ScanRepository {

    private final Jdbi jdbi;

    public ScanRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Stores a scan for its signatory, reading {@code content} to its end, unless the same file is
     * already kept there. {@code afterContentRead} runs once the content is stored and before the
     * transaction commits: throwing from it stores nothing.
     */
    public ScanAddition add(NewScan scan, InputStream content, Runnable afterContentRead) {
        return jdbi.inTransaction(handle -> {
            ScanDao dao = handle.attach(ScanDao.class);
            if (dao.signatoryCount(scan.signatoryId()) == 0) {
                return new ScanAddition.NoSuchSignatory();
            }
            Optional<Scan> same = dao.findSame(scan.signatoryId(), scan.sha256());
            if (same.isPresent()) {
                return new ScanAddition.AlreadyThere(same.get());
            }
            long id = insert(handle, scan, content);
            afterContentRead.run();
            return new ScanAddition.Added(dao.find(id).orElseThrow());
        });
    }

    private static long insert(Handle handle, NewScan scan, InputStream content) {
        return handle.createUpdate("""
                        INSERT INTO scan (signatory_id, file_name, media_type, size_bytes, sha256, page_count,
                            attached_at, thumbnail, content)
                        VALUES (:signatoryId, :fileName, :mediaType, :sizeBytes, :sha256, :pageCount,
                            :attachedAt, :thumbnail, :content)
                        """)
                .bind("signatoryId", scan.signatoryId())
                .bind("fileName", scan.fileName())
                .bind("mediaType", scan.mediaType().name())
                .bind("sizeBytes", scan.sizeBytes())
                .bind("sha256", scan.sha256())
                .bind("pageCount", scan.pageCount())
                .bind("attachedAt", scan.attachedAt().atOffset(ZoneOffset.UTC))
                .bind("thumbnail", scan.thumbnailPng())
                .bind("content", (position, statement, ctx) -> streamInto(statement, position, content, scan.sizeBytes()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    private static void streamInto(PreparedStatement statement, int position, InputStream content, long length)
            throws SQLException {
        statement.setBinaryStream(position, content, length);
    }

    public List<Scan> listFor(long signatoryId) {
        return jdbi.withExtension(ScanDao.class, dao -> dao.listFor(signatoryId));
    }

    public Optional<Scan> find(long id) {
        return jdbi.withExtension(ScanDao.class, dao -> dao.find(id));
    }

    public Optional<byte[]> thumbnail(long id) {
        return jdbi.withExtension(ScanDao.class, dao -> dao.thumbnail(id));
    }

    public int countFor(long signatoryId) {
        return jdbi.withExtension(ScanDao.class, dao -> dao.countFor(signatoryId));
    }

    /** Keeps how the scan is turned (degrees clockwise); false when the scan is not there. */
    public boolean setRotation(long id, int rotation) {
        return jdbi.inTransaction(handle -> handle.attach(ScanDao.class).setRotation(id, rotation) > 0);
    }

    /** Deletes a scan; false when it was not there. */
    public boolean delete(long id) {
        return jdbi.inTransaction(handle -> handle.attach(ScanDao.class).delete(id) > 0);
    }

    /** Writes the scan's content to {@code out}, block by block; false when the scan is not there. */
    public boolean copyContent(long id, OutputStream out) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT content FROM scan WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return Boolean.TRUE;
                })
                .findOne()
                .orElse(Boolean.FALSE));
    }
}
