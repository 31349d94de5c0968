package org.compactregister.service;

/**
 * How long work tells its caller how far it has got, and learns that the caller wants it to stop.
 * The window shows it as a progress bar with a Cancel button; the command line ignores it.
 */
public interface Progress {

    /** For callers that do not watch progress and never cancel. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /**
     * Says the work is finishing: from here it saves what it did and cannot be stopped part-way, so
     * a Cancel asked for from now on is refused (the window greys its Cancel button) and the work
     * runs to its end. Call it once, in place of the last {@link #checkCancelled}.
     *
     * @throws CancelledException when the caller asked to stop before this (nothing is saved then)
     */
    default void finishing() {
        checkCancelled();
    }

    /** Throws {@link CancelledException} when the caller asked to stop. Call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
