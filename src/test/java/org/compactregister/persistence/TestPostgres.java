package org.compactregister.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.compactregister.model.RegisterLocation;

/**
 * A real PostgreSQL server for the tests, one per JVM: the one that {@code COMPACT_TEST_PG} names
 * ({@code postgresql://host:port/database?user=NAME}, a login that may create databases; password
 * from {@code PGPASSWORD} or {@code .pgpass}), else one this class starts on first use: {@code initdb}
 * and {@code pg_ctl} of the newest PostgreSQL under {@code /usr/lib/postgresql} (or on the PATH), in
 * a temporary folder, on a free port of localhost, through {@code runuser -u postgres --} when the
 * tests run as root (PostgreSQL refuses to run as root). It is stopped, and its folder removed, when
 * the JVM ends.
 *
 * <p>When no server can be had, {@link #freshDatabase()} throws: a test that needs the server fails
 * rather than skips. Only outside CI ({@code CI} unset) may {@code -DskipPostgres=true} leave out the
 * PostgreSQL half of {@link Engines} (the H2 half still runs).
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** How many of the newest test databases are kept; older ones are dropped. */
    private static final int KEPT = 6;
    /** On a server this class starts, the one login that must give its password (scram-sha-256). */
    public static final String PASSWORD_LOGIN = "compact_password_test";

    private static RegisterLocation.Server admin;
    private static boolean startedHere;
    private static RuntimeException failedToStart;

    private TestPostgres() {
    }

    /** True when the PostgreSQL half of the engine tests is to be left out (never in CI). */
    public static boolean skipped() {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        return !ci && Boolean.parseBoolean(System.getProperty("skipPostgres", "false"));
    }

    /**
     * A new, empty database on the test server, for one test.
     *
     * @throws IllegalStateException when no server could be started or reached; the message says why
     */
    public static RegisterLocation.Server freshDatabase() {
        RegisterLocation.Server server = server();
        int number = DATABASES.incrementAndGet();
        String name = name(number);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            // each database is some 8 MB on the disk: those of tests long finished go (tests run one
            // at a time; the newest few stay, for a test that uses more than one)
            if (number > KEPT) {
                statement.execute("DROP DATABASE IF EXISTS " + name(number - KEPT) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test server could not create a database: " + e.getMessage(), e);
        }
        return new RegisterLocation.Server(server.host(), server.port(), name, server.user());
    }

    private static String name(int number) {
        return "register_" + ProcessHandle.current().pid() + "_" + number;
    }

    /** The test server's administrative database ({@code postgres}), as a superuser. */
    public static synchronized RegisterLocation.Server server() {
        if (admin != null) {
            return admin;
        }
        if (failedToStart != null) {
            throw failedToStart;
        }
        try {
            String named = System.getenv("COMPACT_TEST_PG");
            admin = named != null && !named.isBlank() ? (RegisterLocation.Server) RegisterLocation.parse(named) : start();
            return admin;
        } catch (RuntimeException | IOException | InterruptedException e) {
            failedToStart = new IllegalStateException("No PostgreSQL server for the tests (set COMPACT_TEST_PG, or "
                    + "install PostgreSQL 15: .ci/run does; outside CI -DskipPostgres=true leaves these tests out): "
                    + e.getMessage(), e);
            throw failedToStart;
        }
    }

    /** True when this class started the server (not COMPACT_TEST_PG's): then {@link #PASSWORD_LOGIN} needs its password. */
    public static synchronized boolean startedHere() {
        server();
        return startedHere;
    }

    /** A JDBC connection to {@code location} as its user (password from PGPASSWORD or .pgpass). */
    public static Connection connect(RegisterLocation.Server location) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", location.userOrDefault());
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(location.jdbcUrl(), properties);
    }

    private static RegisterLocation.Server start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("compact-test-pg");
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        if (root) {
            run(List.of("chown", "postgres", dir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--no-sync"), root);
        // one login must give its password (every other is trusted), for the tests of signing in
        Path hba = data.resolve("pg_hba.conf");
        String rules = "host all " + PASSWORD_LOGIN + " 127.0.0.1/32 scram-sha-256\n"
                + "host all " + PASSWORD_LOGIN + " ::1/128 scram-sha-256\n";
        run(List.of("sh", "-c", "printf '" + rules + "' | cat - " + hba + " > " + hba + ".new && mv " + hba + ".new "
                + hba), root);
        startedHere = true;
        // fsync and friends off: these are throwaway databases, and the tests time nothing
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
                "-w", "-t", "60", "start"), root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, data, dir, root), "stop-test-postgres"));
        return new RegisterLocation.Server("localhost", port, "postgres", "postgres");
    }

    /**
     * At JVM exit: stops the server at once ({@code -m immediate}: its databases are thrown away) and
     * leaves the removal of its folder to a process of its own, so that the JVM ends without waiting.
     */
    private static void stop(Path bin, Path data, Path dir, boolean root) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-t", "20", "-w",
                    "stop"), root);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("The test PostgreSQL server in " + dir + " did not stop: " + e.getMessage());
        }
        try {
            new ProcessBuilder("rm", "-rf", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder; the system clears it in time
            }
        }
    }

    /** The folder of the newest PostgreSQL's programs: /usr/lib/postgresql/N/bin, else initdb's on the PATH. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(TestPostgres::major));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "initdb"))) {
                return Path.of(folder);
            }
        }
        throw new IOException("PostgreSQL's initdb was found neither in /usr/lib/postgresql nor on the PATH");
    }

    private static int major(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("compact-test-pg", ".log");
        // the output goes to a file: a server started from here must not hold a pipe this JVM waits on
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (!finished) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", full) + " did not finish: " + output.strip());
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", full).toLowerCase(Locale.ROOT).contains("initdb")
                    ? "initdb failed: " + output.strip() : String.join(" ", full) + " failed: " + output.strip());
        }
    }
}
