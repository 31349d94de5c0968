package org.compactregister.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * The connections of one PC to a register on a PostgreSQL server: a small pool (HikariCP) that
 * replaces a connection the server dropped, and the server's refusals put in words.
 */
final class ServerConnections implements AutoCloseable {

    /** Connections this PC keeps at most: the window's background work and one for the command in hand. */
    static final int MAX_CONNECTIONS = 4;

    private final RegisterLocation.Server location;
    private final HikariDataSource dataSource;

    private ServerConnections(RegisterLocation.Server location, HikariDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
    }

    /**
     * Connects to {@code location}, signing in with {@code password}, else {@code PGPASSWORD}, else
     * what the user's {@code .pgpass} file holds for it (the PostgreSQL driver reads that file
     * itself when no password is given).
     *
     * @throws RegisterUnavailableException when the server cannot be reached or refuses; in words
     */
    static ServerConnections open(RegisterLocation.Server location, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.userOrDefault());
        String given = password != null ? new String(password) : System.getenv("PGPASSWORD");
        if (given != null && !given.isEmpty()) {
            config.setPassword(given);
        }
        config.setPoolName("register " + location.address());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "Compact Register");
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        try {
            return new ServerConnections(location, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw explain(location, e);
        }
    }

    RegisterLocation.Server location() {
        return location;
    }

    DataSource dataSource() {
        return dataSource;
    }

    RegisterUnavailableException explain(Throwable problem) {
        return explain(location, problem);
    }

    /** What the server (or Flyway on it) said, in a sentence that names the register. */
    static RegisterUnavailableException explain(RegisterLocation.Server at, Throwable problem) {
        String where = at.describe();
        String message;
        SQLException sql = findSql(problem);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")) {
            message = "The server " + at.host() + " (port " + at.port() + ") could not be reached: check that the "
                    + "server is on, that PostgreSQL runs there and accepts connections from this PC, and the "
                    + "network.";
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = "The server " + at.host() + " refused the sign-in of " + at.userOrDefault() + ": check the user "
                    + "name and password (or ask whoever runs the server to let this login in).";
        } else if (state.equals("3D000")) {
            message = "There is no database " + at.database() + " on the server " + at.host() + ". Check the name, or "
                    + "create it as the README says.";
        } else if (state.equals("42501")) {
            message = "The login " + at.userOrDefault() + " may not use " + where + ": ask whoever runs the server "
                    + "to grant it (see the README).";
        } else if (problem instanceof FlywayException && String.valueOf(problem.getMessage()).contains("non-empty")) {
            message = "The database " + at.database() + " on " + at.host() + " holds other tables, not a Compact "
                    + "Register. Name an empty database, or one that holds a register.";
        } else {
            message = capitalised(where) + " could not be opened: " + DatabaseProblems.reason(sql != null ? sql : problem);
        }
        return new RegisterUnavailableException(null, message, problem);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static SQLException findSql(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Closes this PC's connections; the register stays on the server. */
    @Override
    public void close() {
        dataSource.close();
    }
}
