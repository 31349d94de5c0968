package org.compactregister;

import org.compactregister.cli.CommandLines;
import org.compactregister.cli.WindowOpener;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.AppFolders;
import org.compactregister.service.DatabaseLocation;
import org.compactregister.service.LogFolder;
import org.compactregister.service.RefusedException;
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
        DatabaseLocation.Choice register = null;
        String problem = null;
        try {
            register = DatabaseLocation.choice();
        } catch (RefusedException e) {
            problem = e.getMessage(); // said again by the command or window that needs the default register
        }
        LogFolder.choose(LogFolder.candidates(register == null ? null : register.file().orElse(null),
                AppFolders.ofThisComputer()));
        if (register != null) {
            LoggerFactory.getLogger(Launcher.class).info("Started; the default register is {}: {}",
                    register.location().describe(), register.why());
        } else {
            LoggerFactory.getLogger(Launcher.class).warn("Started; no default register: {}", problem);
        }
        int exitCode = CommandLines.execute(new WindowOpener() {
            @Override
            public int open(RegisterLocation location, boolean fillWithSamples) {
                return RegisterApp.openWindow(location, fillWithSamples);
            }

            @Override
            public int refused(String why) {
                return RegisterApp.showRefusal(why);
            }
        }, args);
        System.exit(exitCode);
    }
}
