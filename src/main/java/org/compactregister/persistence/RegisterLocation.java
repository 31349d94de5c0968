package org.compactregister.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a register is kept: an H2 file on this PC ({@link H2File}) or a database on a PostgreSQL
 * server ({@link Server}). {@link #parse(String)} reads what staff type after {@code --db} or in the
 * connect dialog.
 */
public sealed interface RegisterLocation permits RegisterLocation.H2File, RegisterLocation.Server {

    /** The PostgreSQL server's port when none is given. */
    int DEFAULT_PORT = 5432;

    /** The engine that holds the register. */
    Engine engine();

    /** The register in the office's words, for the window's title, the status bar and messages. */
    String describe();

    /**
     * Reads a register's address: {@code postgresql://host[:port]/database[?user=NAME]} (also
     * {@code postgresql://NAME@host…} and the same with {@code jdbc:} in front) names a database on a
     * server; anything else is the path of an H2 register file.
     *
     * @throws IllegalArgumentException when a {@code postgresql://} address lacks its host or
     *         database, or its port is not a number from 1 to 65535; the message says which
     */
    static RegisterLocation parse(String text) {
        String trimmed = text.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql:") || lower.startsWith("postgres:")) {
            return Server.parse(trimmed);
        }
        return new H2File(Path.of(trimmed));
    }

    /** A register in an H2 file on this PC. */
    record H2File(Path file) implements RegisterLocation {
        /** {@code file}: the {@code .mv.db} file, or its path without that ending. */
        public H2File {
            file = RegisterFiles.withSuffix(file.toAbsolutePath().normalize());
        }

        @Override
        public Engine engine() {
            return Engine.H2;
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /**
     * A register in {@code database} on the PostgreSQL server {@code host}:{@code port}, signed in
     * as {@code user} (null: the computer's user name, as PostgreSQL's own programs do).
     */
    record Server(String host, int port, String database, String user) implements RegisterLocation {
        public Server {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("Say which server holds the shared register (its name or address).");
            }
            if (database == null || database.isBlank()) {
                throw new IllegalArgumentException("Say which database on " + host + " holds the shared register.");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The server's port is a number from 1 to 65535 (usually 5432).");
            }
            user = user == null || user.isBlank() ? null : user.strip();
        }

        /** The sign-in name: the one given, else the computer's user name. */
        public String userOrDefault() {
            return user != null ? user : System.getProperty("user.name", "postgres");
        }

        /** The JDBC address, without the user and password. */
        public String jdbcUrl() {
            String shownHost = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + shownHost + ":" + port + "/" + database;
        }

        /** The address as typed after {@code --db}: {@code postgresql://host:port/database?user=NAME}. */
        public String address() {
            String base = "postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
            return user == null ? base : base + "?user=" + user;
        }

        @Override
        public Engine engine() {
            return Engine.POSTGRESQL;
        }

        @Override
        public String describe() {
            return "the shared register " + database + " on " + host + (port == DEFAULT_PORT ? "" : ":" + port);
        }

        static Server parse(String text) {
            String rest = text.replaceFirst("(?i)^jdbc:", "").replaceFirst("(?i)^postgres(ql)?:", "postgresql:");
            URI uri;
            try {
                uri = new URI(rest);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a server address: write it as "
                        + "postgresql://server[:port]/database", e);
            }
            String host = uri.getHost();
            if (host != null && host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
            String user = uri.getRawUserInfo() == null ? null : decode(uri.getRawUserInfo().split(":", 2)[0]);
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String[] kv = pair.split("=", 2);
                    if (kv[0].equals("user") && kv.length == 2) {
                        user = decode(kv[1]);
                    }
                }
            }
            if (host == null) {
                throw new IllegalArgumentException("\"" + text + "\" names no server: write it as "
                        + "postgresql://server[:port]/database");
            }
            return new Server(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(path), user);
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }
}
