package org.compactregister.scan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.compactregister.model.Signatory;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;

/** A real register in a temporary folder, with fictional signatories to attach scans to. */
public final class ScanTestRegister {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneId.of("Europe/London"));

    private ScanTestRegister() {
    }

    public static Services open(Path dir) {
        return Services.open(dir.resolve("register"), CLOCK);
    }

    /** Opens the register at {@code location} (see {@code persistence.Engines}) with {@link #CLOCK}. */
    public static Services open(org.compactregister.persistence.RegisterLocation location) {
        return Services.open(location, CLOCK);
    }

    /** Adds the {@code n}th fictional signatory (0-based) and returns it as stored. */
    public static Signatory addSignatory(Services services, int n) {
        var form = new SampleSignatories(7, LocalDate.now(CLOCK)).forms(n + 1).get(n);
        return ((SaveOutcome.Saved) services.register().register(form, true)).signatory();
    }
}
