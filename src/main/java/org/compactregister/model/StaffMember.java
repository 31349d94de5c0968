package org.compactregister.model;

import java.util.Locale;

/**
 * The member of staff a change is recorded against in the audit trail. On the embedded register it
 * is the computer's user name; a shared register can fill it from the server's login instead.
 */
public record StaffMember(String name) {

    public StaffMember {
        name = Text.clean(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A staff member needs a name");
        }
    }

    /** The person logged on to this computer (the {@code user.name} of the Java process). */
    public static StaffMember ofComputerUser() {
        String user = System.getProperty("user.name", "");
        return new StaffMember(user.isBlank() ? "unknown user" : user.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
