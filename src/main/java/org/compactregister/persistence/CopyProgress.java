package org.compactregister.persistence;

import java.util.function.BooleanSupplier;
import org.compactregister.persistence.RegisterCopy.CopyStoppedException;
import org.compactregister.persistence.RegisterCopy.Listener;
import org.compactregister.persistence.RegisterCopy.Stop;

/**
 * How far one {@link RegisterCopy} has got, and whether it is to stop: counts the rows copied (of
 * all the source's rows), tells its {@link Listener} after each batch or row written, and polls its
 * {@link Stop} there and after each table's scans are compared. One per copy; not shared between
 * threads.
 */
final class CopyProgress {

    private final Listener listener;
    private final BooleanSupplier stop;
    private final Runnable finishing;
    private long copied;
    private long total;

    CopyProgress(Listener listener, Stop stop) {
        this.listener = listener;
        this.stop = stop.asked();
        this.finishing = stop.finishing();
    }

    /** Sets the rows the copy will write in all, as counted in the source before it starts. */
    void total(long rows) {
        total = rows;
    }

    /**
     * Counts {@code rows} more rows written into {@code table} and tells the listener.
     *
     * @throws CopyStoppedException when a stop was asked for
     */
    void advance(int rows, RegisterTables.Table table) {
        copied += rows;
        listener.copied(copied, total, table.name());
        stopIfAsked();
    }

    /** Tells the listener that the copy is now checking itself ({@link RegisterCopy#CHECKING}). */
    void checking() {
        listener.copied(copied, total, RegisterCopy.CHECKING);
    }

    /** @throws CopyStoppedException when a stop was asked for */
    void stopIfAsked() {
        if (stop.getAsBoolean()) {
            throw new CopyStoppedException();
        }
    }

    /**
     * Runs the stop's {@code finishing} once, when the copy is checked and about to commit.
     *
     * @throws CopyStoppedException (or what the caller's {@code finishing} throws) when a stop was
     *         asked for first
     */
    void finishing() {
        finishing.run();
    }
}
