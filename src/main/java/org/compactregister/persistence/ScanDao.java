package org.compactregister.persistence;

import java.util.List;
import java.util.Optional;
import org.compactregister.model.Scan;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of scans that never touches their content; streaming the content is {@link ScanRepository}'s. */
@RegisterRowMapper(ScanMapper.class)
public interface ScanDao {

    String COLUMNS = "id, signatory_id, file_name, media_type, size_bytes, sha256, page_count, attached_at, rotation";

    @SqlQuery("SELECT " + COLUMNS + " FROM scan WHERE signatory_id = :signatoryId ORDER BY attached_at, id")
    List<Scan> listFor(@Bind("signatoryId") long signatoryId);

    @SqlQuery("SELECT " + COLUMNS + " FROM scan WHERE id = :id")
    Optional<Scan> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM scan WHERE signatory_id = :signatoryId AND sha256 = :sha256")
    Optional<Scan> findSame(@Bind("signatoryId") long signatoryId, @Bind("sha256") String sha256);

    @SqlQuery("SELECT thumbnail FROM scan WHERE id = :id AND thumbnail IS NOT NULL")
    Optional<byte[]> thumbnail(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM signatory WHERE id = :id")
    int signatoryCount(@Bind("id") long signatoryId);

    @SqlQuery("SELECT COUNT(*) FROM scan WHERE signatory_id = :signatoryId")
    int countFor(@Bind("signatoryId") long signatoryId);

    @SqlUpdate("UPDATE scan SET rotation = :rotation WHERE id = :id")
    int setRotation(@Bind("id") long id, @Bind("rotation") int rotation);

    @SqlUpdate("DELETE FROM scan WHERE id = :id")
    int delete(@Bind("id") long id);
}
