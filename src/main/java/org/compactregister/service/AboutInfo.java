package org.compactregister.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.compactregister.model.RegisterLocation;

/**
 * What Help > About and {@code --version} say: the app's version, where the register and the log
 * are, the Java and JavaFX that run it, and the licences of the fonts and libraries it carries.
 *
 * @param version the app's version, such as {@code 0.1.0}
 * @param register the register file, with why it is there when it is the default one
 * @param logFolder the folder of the log, empty when no log could be written
 * @param java Java's version, vendor and folder
 * @param javaFx JavaFX's version
 */
public record AboutInfo(String version, String register, Optional<Path> logFolder, String java, String javaFx) {

    /** About this run, for the register at {@code registerFile}. */
    public static AboutInfo of(Path registerFile) {
        Path file = registerFile.toAbsolutePath().normalize();
        String register = file + usualWhy(file);
        return new AboutInfo(resource("version.properties").getProperty("version", "unknown"), register,
                LogFolder.current(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home") + ")",
                javaFxVersion());
    }

    /**
     * About this run, for the register at {@code location}: a file as {@link #of(Path)}; a shared
     * register by its server, database and the login {@code signedInAs}.
     */
    public static AboutInfo of(RegisterLocation location, String signedInAs) {
        if (location instanceof RegisterLocation.H2File h2) {
            return of(h2.file());
        }
        AboutInfo base = of(Path.of("."));
        RegisterLocation.Server server = (RegisterLocation.Server) location;
        return new AboutInfo(base.version(), server.describe() + " (" + server.jdbcUrl().substring("jdbc:".length())
                + "), signed in as " + signedInAs, base.logFolder(), base.java(), base.javaFx());
    }

    /** The lines About shows above the licences. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Compact Register " + version);
        lines.add("Register: " + register);
        lines.add("Log: " + logFolder.map(folder -> folder.resolve("compact-register.log").toString())
                .orElse("none (no folder this user may write was found)"));
        lines.add("Java: " + java);
        lines.add("JavaFX: " + javaFx);
        return lines;
    }

    /** The fonts and libraries the app carries, and each one's licence. */
    public static String bundled() {
        return text("/org/compactregister/service/bundled-licences.txt");
    }

    /** {@link #bundled()}, then the fonts' licence texts in full. */
    public static String licences() {
        return bundled()
                + "\n\n---- SIL Open Font License 1.1 (the Noto fonts) ----\n\n" + text("/assets/fonts/OFL.txt")
                + "\n\n---- Apache License 2.0 notice (Droid Sans Fallback) ----\n\n"
                + text("/assets/fonts/DroidSansFallback-LICENSE.txt");
    }

    /** " (why it is the usual register)" when {@code file} is the default register; else "". */
    private static String usualWhy(Path file) {
        try {
            DatabaseLocation.Choice usual = DatabaseLocation.choice();
            return usual.file().filter(usualFile -> sameRegister(file, usualFile)).map(f -> " (" + usual.why() + ")")
                    .orElse("");
        } catch (RefusedException badSetting) {
            return "";
        }
    }

    /** Whether two paths name one register, with or without H2's {@code .mv.db} ending. */
    private static boolean sameRegister(Path one, Path other) {
        return withoutEnding(one).equals(withoutEnding(other));
    }

    private static String withoutEnding(Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        return name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
    }

    private static String javaFxVersion() {
        String running = System.getProperty("javafx.runtime.version");
        if (running != null) {
            return running;
        }
        // not started (a command): the version of the JavaFX on the class path
        try (InputStream in = AboutInfo.class.getResourceAsStream("/javafx.properties")) {
            if (in == null) {
                return "not found";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("javafx.runtime.version", properties.getProperty("javafx.version", "unknown"));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Properties resource(String name) {
        Properties properties = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String text(String resource) {
        try (InputStream in = AboutInfo.class.getResourceAsStream(resource)) {
            return in == null ? "(" + resource + " is missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
