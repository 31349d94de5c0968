package org.compactregister.cli;

import java.time.Clock;
import org.compactregister.service.Services;

/** Opens the register a command works on, with the system clock. */
final class OpenRegister {

    private OpenRegister() {
    }

    static Services at(DatabaseOption database) {
        return Services.open(database.file(), Clock.systemDefaultZone());
    }
}
