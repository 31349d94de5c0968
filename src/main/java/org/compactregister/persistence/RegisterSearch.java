package org.compactregister.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.model.SortColumn;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The register's search. Typed words are looked up in memory ({@link SearchIndex}): each must start
 * one of a signatory's search words, or failing that lie inside one or be one slip away from the
 * start of one, exact matches first; then only the rows shown are read. Without typed words the
 * page is one indexed query: the sector and status filters, the chosen order, at most
 * {@code limit} rows, and the count of all that match.
 */
final class RegisterSearch {

    private static final Map<SortColumn, String> ORDER = Map.of(
            SortColumn.ORGANISATION, "organisation_key",
            SortColumn.SIGNATORY_NAME, "LOWER(signatory_name)",
            SortColumn.SECTOR, "sector",
            SortColumn.DATE_SIGNED, "date_signed",
            SortColumn.DATE_RECEIVED, "date_received",
            SortColumn.STATUS, "status",
            SortColumn.TOWN, "LOWER(town)",
            SortColumn.POSTCODE, "postcode");

    /** Rows read by id in one statement. */
    private static final int READ_AT_ONCE = 1000;

    private RegisterSearch() {
    }

    static RegisterPage run(Jdbi jdbi, SearchIndex index, RegisterQuery query) {
        if (query.searchText().isEmpty()) {
            return jdbi.withHandle(handle -> unfiltered(handle, query));
        }
        SearchIndex.Found found = index.find(query);
        return new RegisterPage(jdbi.withHandle(handle -> rows(handle, found.ids())), found.total());
    }

    private static boolean onPostgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.ConnectionException(e);
        }
    }

    /** The signatories with these ids, in this order (any deleted since are left out). */
    private static List<Signatory> rows(Handle handle, List<Long> ids) {
        Map<Long, Signatory> byId = new HashMap<>();
        boolean server = onPostgres(handle);
        for (int from = 0; from < ids.size(); from += READ_AT_ONCE) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + READ_AT_ONCE));
            // PostgreSQL: one statement text for every page (an array), which the server plans once
            // and keeps; an IN list of each length would be parsed and planned on every keystroke
            Query rows = server
                    ? handle.createQuery("SELECT * FROM signatory WHERE id = ANY(:ids)").bindArray("ids", Long.class, chunk)
                    : handle.createQuery("SELECT * FROM signatory WHERE id IN (<ids>)").bindList("ids", chunk);
            rows.map(new SignatoryMapper()).forEach(signatory -> byId.put(signatory.id(), signatory));
        }
        List<Signatory> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Signatory signatory = byId.get(id);
            if (signatory != null) {
                rows.add(signatory);
            }
        }
        return rows;
    }

    private static RegisterPage unfiltered(Handle handle, RegisterQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.sector() != null) {
            conditions.add("sector = :sector");
        }
        if (query.status() != null) {
            conditions.add("status = :status");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String direction = query.ascending() ? " ASC" : " DESC";
        String order = " ORDER BY " + ORDER.get(query.sortBy()) + direction + " NULLS LAST, organisation_key, id";

        Query rows = handle.createQuery("SELECT * FROM signatory" + where + order + " LIMIT :limit");
        Query count = handle.createQuery("SELECT COUNT(*) FROM signatory" + where);
        for (Query q : List.of(rows, count)) {
            if (query.sector() != null) {
                q.bind("sector", query.sector().name());
            }
            if (query.status() != null) {
                q.bind("status", query.status().name());
            }
        }
        List<Signatory> found = rows.bind("limit", query.limit()).map(new SignatoryMapper()).list();
        int total = found.size() < query.limit() ? found.size() : count.mapTo(Integer.class).one();
        return new RegisterPage(found, total);
    }
}
