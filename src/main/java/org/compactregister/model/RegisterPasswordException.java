package org.compactregister.model;

import java.nio.file.Path;

/**
 * The register file (or a backup) is locked with a register password, and none was given, or the one
 * given is not it. Nothing was changed: a wrong password never touches the file.
 */
public final class RegisterPasswordException extends RegisterProblem {

    /** Whether a password is needed at all, or the one given was wrong. */
    public enum Why { NEEDED, WRONG }

    private final Path file;
    private final Why why;

    private RegisterPasswordException(Path file, Why why, String message) {
        super(message);
        this.file = file;
        this.why = why;
    }

    /** The register at {@code file} has a password and none was given. */
    public static RegisterPasswordException needed(Path file) {
        return new RegisterPasswordException(file, Why.NEEDED, "The register " + file
                + " has a password. Type it to open the register.");
    }

    /** The password given is not the one of the register at {@code file}. */
    public static RegisterPasswordException wrong(Path file) {
        return new RegisterPasswordException(file, Why.WRONG, "That is not the password of the register " + file
                + ". Check Caps Lock and the keyboard layout, and type it again. The register was not changed.");
    }

    /** The backup at {@code file} was made of a register with a password, and none was given. */
    public static RegisterPasswordException backupNeeds(Path file) {
        return new RegisterPasswordException(file, Why.NEEDED, "The backup " + file.getFileName()
                + " was made of a register with a password: it restores only with that password.");
    }

    /** The password given does not open the backup at {@code file}. */
    public static RegisterPasswordException wrongForBackup(Path file) {
        return new RegisterPasswordException(file, Why.WRONG, "That password does not open the backup "
                + file.getFileName() + ". A backup opens with the password the register had when the backup was "
                + "taken. The register was left as it was.");
    }

    /** The register or backup file this is about. */
    public Path file() {
        return file;
    }

    public Why why() {
        return why;
    }
}
