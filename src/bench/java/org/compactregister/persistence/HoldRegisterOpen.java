package org.compactregister.persistence;

import java.nio.file.Path;

/** Run in a separate JVM by tests: opens a register, says "open", and holds it until its input closes. */
public final class HoldRegisterOpen {

    private HoldRegisterOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (RegisterDatabase database = RegisterDatabase.open(Path.of(args[0]))) {
            System.out.println("open " + database.file());
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the register open until the test closes our input or kills us
            }
        }
    }
}
