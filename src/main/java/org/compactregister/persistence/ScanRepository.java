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
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Keeps scans in the database, streamed in and out in blocks, so a large PDF never sits whole in
 * memory: on H2 the content is a BLOB read as a stream; on PostgreSQL a BYTEA (stored uncompressed,
 * {@code STORAGE EXTERNAL}), sent as a stream and read back in slices of {@link #SLICE_BYTES}.
 */
public final class ScanRepository {

    /** How much of a scan's content is read from PostgreSQL at a time. */
    static final int SLICE_BYTES = 1 << 20;

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
        return jdbi.withHandle(handle -> {
            if (!onPostgres(handle)) {
                return copyStreamed(handle, id, out);
            }
            if (handle.isInTransaction()) {
                return copyInSlices(handle, id, out);
            }
            // one snapshot for every slice: a scan removed meanwhile on another PC is still read whole
            return handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> copyInSlices(h, id, out));
        });
    }

    private static boolean copyStreamed(Handle handle, long id, OutputStream out) {
        return handle.createQuery("SELECT content FROM scan WHERE id = :id")
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
                .orElse(Boolean.FALSE);
    }

    /** PostgreSQL's driver reads a BYTEA whole: read it a slice at a time instead (SQL's substring is 1-based). */
    private static boolean copyInSlices(Handle handle, long id, OutputStream out) {
        Optional<Long> size = handle.createQuery("SELECT octet_length(content) FROM scan WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne();
        if (size.isEmpty()) {
            return false;
        }
        for (long from = 0; from < size.get(); from += SLICE_BYTES) {
            byte[] slice = handle.createQuery("SELECT substring(content FROM :from FOR :length) FROM scan WHERE id = :id")
                    .bind("from", Math.toIntExact(from + 1)).bind("length", SLICE_BYTES).bind("id", id)
                    .mapTo(byte[].class).one();
            try {
                out.write(slice);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }

    private static boolean onPostgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new org.jdbi.v3.core.ConnectionException(e);
        }
    }
}
