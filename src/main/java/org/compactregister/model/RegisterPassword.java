package org.compactregister.model;

import java.util.Arrays;

/**
 * A register password as typed, held as characters (not a String) so that it can be wiped when it is
 * no longer needed. It is never written anywhere, shown, or logged: {@link #toString()} hides it.
 */
public final class RegisterPassword {

    /** The fewest characters a new register password may have. */
    public static final int SHORTEST = 8;

    private final char[] characters;

    private RegisterPassword(char[] characters) {
        this.characters = characters.clone();
    }

    /** The password typed; an empty one stands for "no password given". */
    public static RegisterPassword of(char[] typed) {
        return new RegisterPassword(typed == null ? new char[0] : typed);
    }

    /** The password in {@code text} (from the {@code COMPACT_REGISTER_PASSWORD} setting, or a test). */
    public static RegisterPassword of(String text) {
        return new RegisterPassword(text == null ? new char[0] : text.toCharArray());
    }

    /** A copy of the characters, for the key derivation (which the caller wipes). */
    public char[] characters() {
        return characters.clone();
    }

    public boolean isEmpty() {
        return characters.length == 0;
    }

    /**
     * Why this cannot be a new register password, in the office's words; empty when it can.
     * The rule is only a length: a passphrase of several words is the advice.
     */
    public String problemAsNew() {
        if (characters.length < SHORTEST) {
            return "A register password needs at least " + SHORTEST + " characters; a few words that belong "
                    + "together (\"kettle on at nine\") are easy to remember and hard to guess.";
        }
        return "";
    }

    /** Whether {@code other} holds the same characters (for "type it again"). */
    public boolean sameAs(RegisterPassword other) {
        return other != null && Arrays.equals(characters, other.characters);
    }

    /** Overwrites the characters; the password is empty afterwards. */
    public void wipe() {
        Arrays.fill(characters, '\0');
    }

    @Override
    public String toString() {
        return "(a register password)";
    }
}
