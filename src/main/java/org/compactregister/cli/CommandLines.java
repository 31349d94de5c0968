package org.compactregister.cli;

import java.io.PrintWriter;
import java.util.Optional;
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

    /**
     * Runs the command {@code args} name and returns its exit code; a command line that only opens
     * the window ({@link WindowCommandLine}) opens it at once, without building the whole command line.
     */
    public static int execute(WindowOpener windowOpener, String... args) {
        Optional<WindowCommandLine> window = WindowCommandLine.of(args);
        if (window.isEmpty()) {
            return create(windowOpener).execute(args);
        }
        try {
            return windowOpener.open(window.get().register(), window.get().demo());
        } catch (RuntimeException problem) {
            return failed(problem, RegisterCommand.NAME, new PrintWriter(System.err, true));
        }
    }

    public static CommandLine create(WindowOpener windowOpener) {
        CommandLine commandLine = new CommandLine(new RegisterCommand(windowOpener));
        commandLine.setResourceBundle(new UsualRegisterHelp());
        commandLine.setExecutionExceptionHandler((problem, cmd, parseResult) ->
                failed(problem, cmd.getCommandName(), cmd.getErr()));
        return commandLine;
    }

    /** Says on {@code err} why {@code command} failed, in one line, and returns its exit code. */
    private static int failed(Exception problem, String command, PrintWriter err) {
        if (problem instanceof RegisterProblem) {
            err.println(command + ": " + problem.getMessage());
            return REFUSED;
        }
        org.slf4j.LoggerFactory.getLogger(CommandLines.class).error("Command failed", problem);
        err.println(command + ": failed: " + problem + " (" + LogFolder.pointer() + ")");
        return FAILED;
    }
}
