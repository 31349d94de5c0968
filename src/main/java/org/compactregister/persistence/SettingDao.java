package org.compactregister.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The office's settings, one named value each. */
public interface SettingDao {

    @SqlQuery("SELECT setting_value FROM setting WHERE setting_name = :name")
    Optional<String> find(@Bind("name") String name);

    @SqlUpdate("MERGE INTO setting (setting_name, setting_value) KEY (setting_name) VALUES (:name, :value)")
    void put(@Bind("name") String name, @Bind("value") String value);

    @SqlUpdate("DELETE FROM setting WHERE setting_name = :name")
    void remove(@Bind("name") String name);
}
