package org.compactregister.list;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.Withdrawal;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;

/** A register in a temporary folder filled with fictional signatories, some of them withdrawn. */
final class ListTestRegister {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    private ListTestRegister() {
    }

    static Services open(Path dir) {
        return Services.open(dir.resolve("register"), CLOCK);
    }

    /** Adds {@code count} sample signatories; returns them as stored. */
    static List<Signatory> fill(Services services, int count) {
        List<CommitmentForm> forms = new SampleSignatories(7L, TODAY).forms(count);
        return add(services, forms);
    }

    static List<Signatory> add(Services services, List<CommitmentForm> forms) {
        new SignatoryRepository(services.database().jdbi()).addAll(forms, CLOCK.instant());
        List<Signatory> all = new ArrayList<>();
        for (long id = 1; all.size() < services.register().count(); id++) {
            services.register().find(id).ifPresent(all::add);
        }
        return all;
    }

    static Signatory withdraw(Services services, Signatory signatory) {
        LocalDate date = signatory.form().dateSigned().plusDays(10).isAfter(TODAY) ? TODAY
                : signatory.form().dateSigned().plusDays(10);
        return services.register().withdraw(signatory, new Withdrawal(date, "Organisation closed"));
    }

    static CommitmentForm form(String organisation, String name, Sector sector, LocalDate signed) {
        return new CommitmentForm(name, signed, organisation,
                new Address("12 Tanners Yard", "", "Oakwell", "LE2 7QX"), "0116 496 0555",
                "someone@oakwell-1.example.org", sector, signed.plusDays(3), HowReceived.POST, "");
    }
}
