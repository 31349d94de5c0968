package org.compactregister.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where each system keeps a program's own data, and so the register and its log:
 * {@code %LOCALAPPDATA%\Compact Register} on Windows, {@code ~/Library/Application Support/Compact Register}
 * on macOS, {@code $XDG_DATA_HOME/compact-register} (by default {@code ~/.local/share/compact-register})
 * on Linux and other systems. The folder of versions before 0.2 was {@code ~/.compact-register}.
 *
 * @param osName the {@code os.name} system property
 * @param home the user's home folder ({@code user.home})
 * @param environment reads an environment variable, giving null when it is not set
 */
public record AppFolders(String osName, Path home, UnaryOperator<String> environment) {

    /** The folder name used on Windows and macOS. */
    public static final String WINDOWS_AND_MAC_NAME = "Compact Register";
    /** The folder name used on Linux (lower case, as is usual there). */
    public static final String LINUX_NAME = "compact-register";

    /** This computer's folders: its system, the user's home, its environment. */
    public static AppFolders ofThisComputer() {
        return new AppFolders(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")),
                System::getenv);
    }

    /** The folder where this system keeps the app's data (it may not exist yet). */
    public Path dataFolder() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return set("LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Local"))
                    .resolve(WINDOWS_AND_MAC_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(WINDOWS_AND_MAC_NAME);
        }
        // XDG: a relative XDG_DATA_HOME is invalid and must be ignored
        return set("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute)
                .orElse(home.resolve(".local").resolve("share")).resolve(LINUX_NAME);
    }

    /** The folder versions before 0.2 kept the register and its log in, on every system. */
    public Path oldFolder() {
        return home.resolve(".compact-register");
    }

    private Optional<String> set(String name) {
        return Optional.ofNullable(environment.apply(name)).filter(value -> !value.isBlank());
    }
}
