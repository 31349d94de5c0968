package org.compactregister.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.compactregister.model.AuditAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register's change feed: "signatory 42 changed, by alice, now version 7". Every change the
 * {@link AuditTrail} records is told here once its transaction has committed; on a shared register
 * the other PCs' changes arrive here too (as {@link Change#elsewhere()} changes). Listeners are called
 * on the thread that committed or received the change, never the window's: a window hands the work
 * on to its own thread. A listener that fails is logged and does not stop the others.
 */
public final class RegisterChanges {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterChanges.class);

    /** What happened to the signatory a change names. */
    public enum Kind {
        /** A new signatory was entered. */
        ADDED,
        /** One signatory's record changed (its form, status or scans). */
        CHANGED,
        /** The signatory was deleted. */
        REMOVED,
        /** Many signatories at once (an import, a restore, an erasure): read the register again. */
        SEVERAL,
        /** Not a signatory (a setting, a template): the register's table is unaffected. */
        OTHER
    }

    /**
     * One change: its kind, the signatory ({@code 0} for SEVERAL and OTHER), the version it left
     * ({@code 0} when removed or not about one signatory), who made it, when, and whether it was made
     * on another PC ({@code elsewhere}) rather than in this program.
     */
    public record Change(Kind kind, long signatoryId, int version, String staff, Instant at, boolean elsewhere) {

        /** "on another PC" or "in another window": where the change was made, seen from here. */
        public String where() {
            return elsewhere ? "on another PC" : "in another window";
        }

        /** True when this change is about signatory {@code id} (or may be, for SEVERAL). */
        public boolean concerns(long id) {
            return kind == Kind.SEVERAL || signatoryId == id;
        }
    }

    /** A listener's place in the feed; closing it stops the calls. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Whether this program is in touch with the register's server: always for a register in a file
     * on this PC; on a shared register, away from the moment the server stops answering
     * ({@code since}) until it answers again, with how many times it has tried to reconnect.
     */
    public record Link(boolean connected, Instant since, int attempts) {

        /** In touch (the state of every register in a file on this PC). */
        public static final Link CONNECTED = new Link(true, null, 0);

        /** Away since {@code since}, after {@code attempts} tries to reconnect. */
        public static Link away(Instant since, int attempts) {
            return new Link(false, since, attempts);
        }
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Link>> linkListeners = new CopyOnWriteArrayList<>();
    private volatile Link link = Link.CONNECTED;
    private Runnable startListening = () -> { };
    private boolean listening;

    /** Calls {@code listener} with every change from now on, until the subscription is closed. */
    public Subscription subscribe(Consumer<Change> listener) {
        listenOnce();
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Calls {@code listener} with the link to the server now, and again whenever it is lost or
     * found again, until the subscription is closed (a register in a file is always connected).
     */
    public Subscription watchLink(Consumer<Link> listener) {
        listenOnce();
        linkListeners.add(listener);
        listener.accept(link);
        return () -> linkListeners.remove(listener);
    }

    /** What starts listening to the other PCs' changes: run once, when the first listener comes. */
    synchronized void whenFirstListened(Runnable start) {
        this.startListening = start;
    }

    private synchronized void listenOnce() {
        if (!listening) {
            listening = true;
            startListening.run();
        }
    }

    /** The link to the server now. */
    public Link link() {
        return link;
    }

    /** Records the link's new state and tells the watchers (when it changed); never throws. */
    void linkChanged(Link now) {
        Link before = link;
        link = now;
        if (before.equals(now)) {
            return;
        }
        for (Consumer<Link> listener : linkListeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("A watcher of the link to the server failed on {}", now, e);
            }
        }
    }

    /** Tells every listener; never throws. */
    /**
     * Tells this program's listeners that the whole register was replaced by {@code staff} at
     * {@code at} (a restore onto a shared register), so that the table is read again.
     */
    public void everythingChanged(String staff, Instant at) {
        publish(new Change(Kind.SEVERAL, 0, 0, staff, at, false));
    }

    void publish(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A listener to the register's changes failed on {}", change, e);
            }
        }
    }

    /** What an audit entry of {@code action} about {@code signatoryId} (null: none) means for the table. */
    static Kind kindOf(AuditAction action, Long signatoryId) {
        return switch (action) {
            case CREATED -> signatoryId == null ? Kind.SEVERAL : Kind.ADDED;
            case DELETED -> signatoryId == null ? Kind.SEVERAL : Kind.REMOVED;
            case EDITED, RECEIVED_AGAIN, WITHDRAWN, ACKNOWLEDGED, SCAN_ATTACHED, SCAN_REMOVED, SCAN_TURNED,
                    LETTERS_SENT, BLANK_FORM_ENTERED, ERASED -> signatoryId == null ? Kind.SEVERAL : Kind.CHANGED;
            case IMPORTED, SAMPLE_DATA, RESTORED, MOVED -> Kind.SEVERAL;
            case LETTERS_MADE, LETTER_REPRINTED, TEMPLATE_SAVED, BLANK_FORMS, SETTING_CHANGED, SUBJECT_ACCESS,
                    BACKUP_REMOVED, PASSWORD_CHANGED -> Kind.OTHER;
        };
    }
}
