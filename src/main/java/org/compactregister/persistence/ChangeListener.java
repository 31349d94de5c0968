package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.compactregister.model.AuditAction;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, to a shared register's changes ({@code LISTEN register_changes})
 * in a daemon thread, and hands the other programs' changes on (this program's own it passes over:
 * they were told when they committed). It keeps the in-memory search up to date with them first.
 *
 * <p>It notices that the server has gone away (the connection breaks, or a ping every
 * {@value #PING_MILLIS} ms gets no answer within {@value #SOCKET_TIMEOUT_SECONDS} s), says so, and
 * reconnects by itself, waiting longer after each failed try (0.25 s doubling to at most 5 s).
 * Changes made while it was away are not told one by one: it says it is connected {@code again},
 * and the search reads the register afresh.
 */
public final class ChangeListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);

    /** How long one wait for notices lasts. */
    static final int POLL_MILLIS = 250;
    /** How often the connection is checked when no notice comes. */
    static final int PING_MILLIS = 2_000;
    /** How long a check may wait for the server's answer. */
    static final int SOCKET_TIMEOUT_SECONDS = 5;
    private static final long LONGEST_WAIT_MILLIS = 5_000;

    /** Changes that name no signatory but may touch many (the search reads all again). */
    private static final Set<AuditAction> NOT_SIGNATORIES = EnumSet.of(AuditAction.LETTERS_MADE,
            AuditAction.LETTER_REPRINTED, AuditAction.TEMPLATE_SAVED, AuditAction.BLANK_FORMS,
            AuditAction.SETTING_CHANGED, AuditAction.SUBJECT_ACCESS, AuditAction.BACKUP_REMOVED);

    /** What the listener tells, on its own thread. */
    public interface Events {
        /** Another program's change, committed. */
        void noticed(ChangeNotice notice);

        /** Listening; {@code again} after having been away (changes made meanwhile were not told). */
        void connected(boolean again);

        /** The server has not answered since {@code since}; {@code attempts} tries to reconnect so far. */
        void away(Instant since, int attempts);
    }

    /** Opens a connection to the server, outside the pool. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;
    private final Runnable afterAway;
    private final String ownOrigin;
    private final SearchIndex search;
    private final Events events;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection current;
    private final java.util.concurrent.CountDownLatch firstTry = new java.util.concurrent.CountDownLatch(1);

    private ChangeListener(ConnectionSource source, Runnable afterAway, Jdbi jdbi, Events events) {
        this.source = source;
        this.afterAway = afterAway;
        this.ownOrigin = ChangeNotice.originOf(jdbi);
        this.search = SearchIndex.of(jdbi);
        this.events = events;
        this.thread = new Thread(this::run, "register-changes-listener");
        this.thread.setDaemon(true);
    }

    /**
     * Starts listening to the register {@code jdbi} works on, through connections from {@code source},
     * and returns once it listens (or, when the server does not answer, once it has said so), so that
     * no change committed after this returns goes untold;
     * {@code afterAway} runs when the server answers again after it was away (before anyone is told).
     */
    static ChangeListener start(ConnectionSource source, Runnable afterAway, Jdbi jdbi, Events events) {
        ChangeListener listener = new ChangeListener(source, afterAway, jdbi, events);
        listener.thread.start();
        try {
            listener.firstTry.await(SOCKET_TIMEOUT_SECONDS + 1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return listener;
    }

    private void run() {
        Instant awaySince = null;
        int attempts = 0;
        boolean everConnected = false;
        while (!closed) {
            try (Connection connection = source.open()) {
                current = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChangeNotice.CHANNEL);
                }
                boolean again = everConnected && awaySince != null;
                if (awaySince != null) {
                    LOG.info("The register's server answers again after {} tries", attempts);
                    afterAway.run();
                    search.changedAll();
                }
                everConnected = true;
                awaySince = null;
                attempts = 0;
                events.connected(again);
                firstTry.countDown();
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (awaySince == null) {
                    awaySince = Instant.now();
                    LOG.warn("The register's server does not answer: {}", e.toString());
                } else {
                    attempts++;
                }
                events.away(awaySince, attempts);
                firstTry.countDown();
                pause(Math.min(LONGEST_WAIT_MILLIS, 250L << Math.min(attempts, 5)));
            } finally {
                current = null;
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    handle(notification);
                }
            }
            if (System.nanoTime() - lastCheck > PING_MILLIS * 1_000_000L) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void handle(PGNotification notification) {
        if (!ChangeNotice.CHANNEL.equals(notification.getName())) {
            return;
        }
        ChangeNotice notice;
        try {
            notice = ChangeNotice.parse(notification.getParameter());
        } catch (IllegalArgumentException e) {
            LOG.warn("Passed over a notice that is not a register change: {}", notification.getParameter());
            return;
        }
        if (ownOrigin.equals(notice.origin())) {
            return;
        }
        if (notice.signatoryId() != null) {
            search.changed(List.of(notice.signatoryId()));
        } else if (!NOT_SIGNATORIES.contains(notice.action())) {
            search.changedAll();
        }
        events.noticed(notice);
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening and closes its connection (within a couple of seconds). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listener's connection", e);
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
