package org.compactregister;

import org.compactregister.cli.CommandLines;
import org.compactregister.ui.RegisterApp;

/**
 * The entry point of the jar: {@code java -jar compact-register.jar [command] [--db PATH]}. With no
 * command it opens the window; it is not itself a JavaFX {@code Application}, so that it starts
 * from a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode = CommandLines.create(RegisterApp::openWindow).execute(args);
        System.exit(exitCode);
    }
}
