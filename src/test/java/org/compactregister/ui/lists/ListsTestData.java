package org.compactregister.ui.lists;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.compactregister.model.Withdrawal;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;

/** A register of fictional signatories for the list and statistics screens' tests. */
final class ListsTestData {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    private ListsTestData() {
    }

    /** Opens a register in {@code dir} with {@code count} signatories, {@code withdrawn} of them withdrawn. */
    static Services register(Path dir, int count, int withdrawn) {
        Services services = Services.open(dir.resolve("register-" + System.nanoTime()), CLOCK);
        new SignatoryRepository(services.database().jdbi())
                .addAll(new SampleSignatories(11L, LocalDate.now(CLOCK)).forms(count), CLOCK.instant());
        for (long id = 1; id <= withdrawn; id++) {
            var signatory = services.register().find(id).orElseThrow();
            services.register().withdraw(signatory, new Withdrawal(LocalDate.now(CLOCK), "Closed"));
        }
        return services;
    }
}
