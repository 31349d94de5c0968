package org.compactregister;

import org.compactregister.cli.CommandLines;
import org.compactregister.service.AppFolders;
import org.compactregister.service.DatabaseLocation;
import org.compactregister.service.LogFolder;
import org.compactregister.ui.RegisterApp;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the jar: {@code java -jar compact-register.jar [command] [--db PATH]}. With no
 * command it opens the window; it is not itself a JavaFX {@code Application}, so that it starts
 * from a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // before anything logs: the log goes to a folder this user may write, or nowhere
        DatabaseLocation.Choice register = DatabaseLocation.choice();
        LogFolder.choose(LogFolder.candidates(register.file(), AppFolders.ofThisComputer()));
        LoggerFactory.getLogger(Launcher.class).info("Started; the default register is {}: {}",
                register.file(), register.why());
        int exitCode = CommandLines.execute(RegisterApp::openWindow, args);
        System.exit(exitCode);
    }
}
