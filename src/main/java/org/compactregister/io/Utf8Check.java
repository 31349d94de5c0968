package org.compactregister.io;

/**
 * Follows bytes one at a time and says whether they are well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing past U+10FFFF), and whether any character took more than one byte.
 */
final class Utf8Check {

    private int pending;
    private int lowerBound = 0x80;
    private int upperBound = 0xBF;
    private boolean malformed;
    private boolean multiByte;

    void accept(int b) {
        if (pending > 0) {
            if (b < lowerBound || b > upperBound) {
                malformed = true;
                pending = 0;
                accept(b);
                return;
            }
            lowerBound = 0x80;
            upperBound = 0xBF;
            if (--pending == 0) {
                multiByte = true;
            }
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            lowerBound = b == 0xE0 ? 0xA0 : 0x80;
            upperBound = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            lowerBound = b == 0xF0 ? 0x90 : 0x80;
            upperBound = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            malformed = true;
        }
    }

    /** True while a character's continuation bytes are awaited. */
    boolean isPending() {
        return pending > 0;
    }

    /** Ends a line: an unfinished character there is malformed. */
    void endOfText() {
        if (pending > 0) {
            malformed = true;
            pending = 0;
        }
    }

    boolean isMalformed() {
        return malformed;
    }

    boolean hasMultiByte() {
        return multiByte;
    }

    void reset() {
        pending = 0;
        lowerBound = 0x80;
        upperBound = 0xBF;
        malformed = false;
        multiByte = false;
    }
}
