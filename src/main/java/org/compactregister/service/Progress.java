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

    /** Throws {@link CancelledException} when the caller asked to stop. Call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
