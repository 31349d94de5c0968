package org.compactregister.privacy;

import java.nio.file.Path;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.FieldChange;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.Text;
import org.compactregister.model.UkDate;
import org.compactregister.model.UkPhoneNumber;
import org.compactregister.persistence.SubjectAccessRepository;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;

/**
 * Subject access: find a person across the register by name, email or phone (one person may sign
 * for several groups), make their pack (see {@link SubjectAccessPack}), and keep the log of requests
 * with the date each is due.
 */
public final class SubjectAccessService {

    private final Services services;
    private final SubjectAccessRepository repository;

    public SubjectAccessService(Services services) {
        this.services = services;
        this.repository = new SubjectAccessRepository(services.database().jdbi());
    }

    /**
     * The signatories a person is found in: by part of their name or email (3 letters or more), or by
     * their phone number written any way (6 digits or more; +44 read as 0).
     *
     * @throws RefusedException when the text is too short to find one person by
     */
    public List<Signatory> find(String person) {
        String text = Text.clean(person);
        String digits = digitsOf(text);
        boolean phone = digits.length() >= 6 && (digits.length() * 2 >= text.replace(" ", "").length()
                || UkPhoneNumber.normalise(text).isPresent());
        if (!phone && text.length() < 3) {
            throw new RefusedException("Type at least 3 letters of the person's name or email, or their phone number.");
        }
        return repository.findPerson(phone ? "" : text, phone ? digits : "");
    }

    /**
     * The digits of a phone number as the register writes them, without an extension: "+44 1632 960457"
     * and "01632 960457 ext 12" give "01632960457".
     */
    static String digitsOf(String text) {
        String number = UkPhoneNumber.normalise(text).map(UkPhoneNumber::withoutExtension).orElse(text);
        String digits = number.replaceAll("[^0-9]", "");
        if (text.strip().startsWith("+44") && digits.startsWith("44")) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    /**
     * Makes the pack for {@code person} into the zip {@code out} (whole or not at all), and logs the
     * request as received today and due in one calendar month.
     *
     * @return the request as logged
     * @throws RefusedException when nobody matches, or the pack could not be written
     * @throws org.compactregister.service.CancelledException when cancelled; nothing is logged
     */
    public SubjectAccessRequest makePack(String person, Path out, Progress progress) {
        List<Signatory> found = find(person);
        if (found.isEmpty()) {
            throw new RefusedException("Nobody in the register has a name, email or phone number matching \""
                    + Text.clean(person) + "\". Nothing was made.");
        }
        var today = services.register().today();
        SubjectAccessRequest request = new SubjectAccessRequest(0, Text.clean(person),
                found.stream().map(Signatory::reference).toList(), today, SubjectAccessRequest.dueFor(today), null,
                services.audit().staff().name());
        new SubjectAccessPack(services).write(request, found, out, progress);
        return log(request);
    }

    /** Logs a request (already answered when {@code request.answeredOn()} is set), with its audit entry. */
    public SubjectAccessRequest log(SubjectAccessRequest request) {
        return services.audit().record(() -> repository.add(request), logged -> new AuditDraft(
                AuditAction.SUBJECT_ACCESS, logged.references().size() == 1
                        ? Signatory.idOf(logged.references().get(0)).getAsLong() : null,
                "Subject access request " + logged.id() + " logged, received " + UkDate.formatShort(logged.receivedOn())
                        + ", due " + UkDate.formatShort(logged.dueOn()) + ": "
                        + Plural.of(logged.references().size(), "record", "records"),
                logged.references().stream().map(reference -> new FieldChange("Subject access pack", null,
                        "request " + logged.id(), false, Signatory.idOf(reference).getAsLong())).toList()));
    }

    /** Marks the request answered today. @throws RefusedException when it was already answered */
    public void markAnswered(SubjectAccessRequest request) {
        var today = services.register().today();
        boolean done = services.audit().record(() -> repository.markAnswered(request.id(), today),
                changed -> changed ? new AuditDraft(AuditAction.SUBJECT_ACCESS, null, "Subject access request "
                        + request.id() + " answered", List.of(new FieldChange("Answered on", null,
                        UkDate.formatShort(today), false))) : null);
        if (!done) {
            throw new RefusedException("Request " + request.id() + " was already answered.");
        }
    }

    /** Every logged request, open ones first by due date. */
    public List<SubjectAccessRequest> requests() {
        return repository.all();
    }
}
