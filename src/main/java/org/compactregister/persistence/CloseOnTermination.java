package org.compactregister.persistence;

import java.util.concurrent.TimeUnit;
import org.compactregister.model.RegisterLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shutdown hook of an open {@link RegisterDatabase}: a request to end the process (logoff,
 * shutdown, Task Manager's End task, SIGTERM) closes the register, but lets the process end after
 * {@link RegisterDatabase#CLOSE_ON_TERMINATION_SECONDS} seconds even if closing hangs (every save is
 * already on the disk, so nothing is lost by not waiting longer).
 */
final class CloseOnTermination {

    /** {@link RegisterDatabase}'s own log, which these lines have always been written to. */
    private static final Logger LOG = LoggerFactory.getLogger(RegisterDatabase.class);

    private final Thread hook;

    private CloseOnTermination(RegisterLocation location, Runnable close) {
        this.hook = new Thread(() -> closeWithinBoundedTime(location, close), "close-register-on-termination");
    }

    /**
     * Adds the hook: on termination it runs {@code close} (closing the register at {@code location},
     * without compacting it) on a thread of its own and waits for it at most
     * {@link RegisterDatabase#CLOSE_ON_TERMINATION_SECONDS} seconds.
     */
    static CloseOnTermination install(RegisterLocation location, Runnable close) {
        CloseOnTermination installed = new CloseOnTermination(location, close);
        Runtime.getRuntime().addShutdownHook(installed.hook);
        return installed;
    }

    /** Takes the hook away, when the register is closed; passed over when the process is already ending. */
    void remove() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyEnding) {
            // the process is ending and this is the hook itself (or runs beside it)
        }
    }

    /**
     * The shutdown hook: closes the store, but lets the process end after
     * {@link RegisterDatabase#CLOSE_ON_TERMINATION_SECONDS} even if closing hangs (every save is already on the
     * disk, so nothing is lost by not waiting longer).
     */
    private static void closeWithinBoundedTime(RegisterLocation location, Runnable close) {
        Thread closing = new Thread(close, "close-register");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(TimeUnit.SECONDS.toMillis(RegisterDatabase.CLOSE_ON_TERMINATION_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            LOG.warn("The register {} was still closing after {} s when the process ended", location.describe(),
                    RegisterDatabase.CLOSE_ON_TERMINATION_SECONDS);
        } else {
            LOG.info("Register database {} closed on termination", location.describe());
        }
    }
}
