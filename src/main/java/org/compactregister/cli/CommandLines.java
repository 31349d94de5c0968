package org.compactregister.cli;

import java.io.PrintWriter;
import org.compactregister.model.RegisterProblem;
import org.compactregister.service.LogFolder;
import picocli.CommandLine;

/** Builds the command line and turns problems into one line on standard error. */
public final class CommandLines {

    /** Exit code for a job that could not be done, for a reason the message gives. */
    public static final int REFUSED = 1;
    /** Exit code for something unexpected; the log has the detail. */
    public static final int FAILED = 3;

    private CommandLines() {
    }

    public static CommandLine create(WindowOpener windowOpener) {
        CommandLine commandLine = new CommandLine(new RegisterCommand(windowOpener));
        commandLine.setExecutionExceptionHandler((problem, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (problem instanceof RegisterProblem) {
                err.println(cmd.getCommandName() + ": " + problem.getMessage());
                return REFUSED;
            }
            org.slf4j.LoggerFactory.getLogger(CommandLines.class).error("Command failed", problem);
            err.println(cmd.getCommandName() + ": failed: " + problem
                    + " (" + LogFolder.pointer() + ")");
            return FAILED;
        });
        return commandLine;
    }
}
