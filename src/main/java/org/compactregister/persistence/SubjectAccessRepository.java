package org.compactregister.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.compactregister.model.Signatory;
import org.compactregister.model.SubjectAccessRequest;
import org.jdbi.v3.core.Jdbi;

/** Finds a person's records across the register, and keeps the log of subject access requests. */
public final class SubjectAccessRepository {

    private final Jdbi jdbi;

    public SubjectAccessRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The signatories whose name or email contains {@code text} (case aside), or whose phone numbers
     * hold {@code digits} (spaces aside) when it has at least 6 digits; by reference.
     */
    public List<Signatory> findPerson(String text, String digits) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM signatory
                        WHERE (:text <> '' AND (LOWER(signatory_name) LIKE :like OR LOWER(email) LIKE :like))
                           OR (LENGTH(:digits) >= 6 AND (REPLACE(telephone, ' ', '') LIKE :digitsLike
                               OR REPLACE(second_telephone, ' ', '') LIKE :digitsLike))
                        ORDER BY id
                        """)
                .bind("text", text)
                .bind("like", "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%")
                .bind("digits", digits)
                .bind("digitsLike", "%" + digits + "%")
                .map(new SignatoryMapper()).list());
    }

    /** Logs a request (joining the caller's transaction); returns it with its id. */
    public SubjectAccessRequest add(SubjectAccessRequest request) {
        return jdbi.withHandle(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO subject_access_request (person, references_found, received_on, due_on,
                                answered_on, staff_member)
                            VALUES (:person, :references, :received, :due, :answered, :staff)
                            """)
                    .bind("person", request.person()).bind("references", String.join(" ", request.references()))
                    .bind("received", request.receivedOn()).bind("due", request.dueOn())
                    .bind("answered", request.answeredOn()).bind("staff", request.staff())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new SubjectAccessRequest(id, request.person(), request.references(), request.receivedOn(),
                    request.dueOn(), request.answeredOn(), request.staff());
        });
    }

    /** Marks the request answered on {@code date}; false when there is no such open request. */
    public boolean markAnswered(long id, LocalDate date) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE subject_access_request SET answered_on = :date WHERE id = :id AND answered_on IS NULL")
                .bind("id", id).bind("date", date).execute() > 0);
    }

    /** Every request, open ones first, then by due date. */
    public List<SubjectAccessRequest> all() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM subject_access_request
                        ORDER BY CASE WHEN answered_on IS NULL THEN 0 ELSE 1 END, due_on, id
                        """).map((rs, ctx) -> request(rs)).list());
    }

    private static SubjectAccessRequest request(ResultSet rs) throws SQLException {
        String references = rs.getString("references_found");
        return new SubjectAccessRequest(rs.getLong("id"), rs.getString("person"),
                references.isBlank() ? List.of() : Arrays.asList(references.split(" ")),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class), rs.getString("staff_member"));
    }
}
