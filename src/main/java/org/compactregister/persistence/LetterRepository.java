package org.compactregister.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.Address;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.SentLetter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps the letter template (every saved version) and the history of letters sent to each
 * signatory, with the details as printed.
 */
public final class LetterRepository {

    private final Jdbi jdbi;

    public LetterRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest saved template, or empty before the first save. */
    public Optional<LetterTemplate> latestTemplate() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM letter_template ORDER BY version DESC LIMIT 1")
                .map(LetterRepository::template).findOne());
    }

    public Optional<LetterTemplate> template(int version) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM letter_template WHERE version = :version")
                .bind("version", version).map(LetterRepository::template).findOne());
    }

    /**
     * Saves the template as the version after {@code expectedLatest}. Returns it as stored, or empty
     * when someone else saved a newer version in the meantime.
     */
    public Optional<LetterTemplate> saveTemplate(LetterTemplate template, int expectedLatest, Instant now) {
        return jdbi.inTransaction(handle -> {
            int latest = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM letter_template")
                    .mapTo(Integer.class).one();
            if (latest != expectedLatest) {
                return Optional.<LetterTemplate>empty();
            }
            LetterTemplate saved = template.withVersion(latest + 1);
            handle.createUpdate("""
                            INSERT INTO letter_template (version, sender_name, sender_address, sender_phone, sender_email,
                                logo_png, subject, body, no_name_greeting, signature_name, signature_role, saved_at)
                            VALUES (:version, :senderName, :senderAddress, :senderPhone, :senderEmail, :logo, :subject,
                                :body, :noNameGreeting, :signatureName, :signatureRole, :now)
                            """)
                    .bindMethods(saved)
                    .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .execute();
            return Optional.of(saved);
        });
    }

    /**
     * Records the letters as sent and marks their signatories acknowledged on the letter's date,
     * in one transaction. Returns how many signatories changed from received to acknowledged.
     */
    public int recordSent(Collection<AcknowledgementLetter> letters, Instant now) {
        if (letters.isEmpty()) {
            return 0;
        }
        int marked = jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO letter_sent (signatory_id, letter_date, template_version, signatory_name, organisation,
                        address_line1, address_line2, address_line3, town, postcode, date_signed, date_received, sector,
                        recorded_at)
                    VALUES (:id, :date, :version, :name, :organisation, :line1, :line2, :line3, :town, :postcode,
                        :signed, :received, :sector, :now)
                    """);
            for (AcknowledgementLetter letter : letters) {
                LetterRecipient r = letter.recipient();
                batch.bind("id", r.signatoryId()).bind("date", letter.date())
                        .bind("version", letter.template().version()).bind("name", r.name())
                        .bind("organisation", r.organisation()).bind("line1", r.address().line1())
                        .bind("line2", r.address().line2()).bind("line3", r.address().line3())
                        .bind("town", r.address().town())
                        .bind("postcode", r.address().postcode()).bind("signed", r.dateSigned())
                        .bind("received", r.dateReceived()).bind("sector", r.sector())
                        .bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .add();
            }
            batch.execute();
            return markAcknowledged(handle, letters);
        });
        SearchIndex.of(jdbi).changed(letters.stream().map(letter -> letter.recipient().signatoryId()).toList());
        return marked;
    }

    private static int markAcknowledged(Handle handle, Collection<AcknowledgementLetter> letters) {
        SignatoryDao dao = handle.attach(SignatoryDao.class);
        int changed = 0;
        for (LocalDate date : letters.stream().map(AcknowledgementLetter::date).distinct().toList()) {
            List<Long> ids = letters.stream().filter(letter -> letter.date().equals(date))
                    .map(letter -> letter.recipient().signatoryId()).toList();
            for (int from = 0; from < ids.size(); from += 1000) {
                changed += dao.markAcknowledged(ids.subList(from, Math.min(ids.size(), from + 1000)), date);
            }
        }
        return changed;
    }

    /** The letters sent to a signatory, newest first. */
    public List<SentLetter> history(long signatoryId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM letter_sent WHERE signatory_id = :id ORDER BY letter_date DESC, id DESC")
                .bind("id", signatoryId)
                .map((rs, ctx) -> sent(rs))
                .list());
    }

    private static SentLetter sent(ResultSet rs) throws SQLException {
        LetterRecipient recipient = new LetterRecipient(rs.getLong("signatory_id"), rs.getString("signatory_name"),
                rs.getString("organisation"),
                new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                        rs.getString("address_line3"), rs.getString("town"), rs.getString("postcode")),
                rs.getObject("date_signed", LocalDate.class), rs.getObject("date_received", LocalDate.class),
                rs.getString("sector"));
        return new SentLetter(rs.getLong("id"), rs.getObject("letter_date", LocalDate.class),
                rs.getInt("template_version"), recipient);
    }

    private static LetterTemplate template(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return new LetterTemplate(rs.getInt("version"), rs.getString("sender_name"), rs.getString("sender_address"),
                rs.getString("sender_phone"), rs.getString("sender_email"), rs.getBytes("logo_png"),
                rs.getString("subject"), rs.getString("body"), rs.getString("no_name_greeting"),
                rs.getString("signature_name"), rs.getString("signature_role"));
    }
}
