package org.compactregister.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The office's settings, one named value each. */
public interface SettingDao {

    @SqlQuery("SELECT setting_value FROM setting WHERE setting_name = :name")
    Optional<String> find(@Bind("name") String name);

    /** Standard MERGE, the same on H2 and PostgreSQL 15+ (H2's own {@code MERGE … KEY} is H2's only). */
    @SqlUpdate("""
            MERGE INTO setting t
            USING (VALUES (CAST(:name AS VARCHAR(100)), CAST(:value AS VARCHAR(4000)))) AS v(setting_name, setting_value)
            ON t.setting_name = v.setting_name
            WHEN MATCHED THEN UPDATE SET setting_value = v.setting_value
            WHEN NOT MATCHED THEN INSERT (setting_name, setting_value) VALUES (v.setting_name, v.setting_value)
            """)
    void put(@Bind("name") String name, @Bind("value") String value);

    @SqlUpdate("DELETE FROM setting WHERE setting_name = :name")
    void remove(@Bind("name") String name);
}
