package org.compactregister.service;

/** The whole register as text (H2's SCRIPT of every table's rows), for tests that look for values. */
final class RegisterText {

    private RegisterText() {
    }

    static String of(Services services) {
        return services.database().jdbi().withHandle(handle -> String.join("\n",
                handle.createQuery("SCRIPT").mapTo(String.class).list()));
    }
}
