package org.compactregister.cli;

import java.util.List;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.compactregister.model.StaffMember;
import org.compactregister.service.MoveReport;
import org.compactregister.service.Progress;
import org.compactregister.service.RegisterMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code move-register --to TARGET}: copies the whole register named by {@code --db} into a new,
 * empty register, checks the copy, and leaves the register moved from as it was.
 */
@Command(name = "move-register", mixinStandardHelpOptions = true,
        description = {"Move the whole register (signatories, scans, letters sent, templates, settings, the audit "
                + "trail) into a new, empty register, and check that every count and every scan agree.",
            "The register moved from is only read, never changed; it must not be open in the window."})
public final class MoveRegisterCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = {"The new register: a register file that does not exist yet (or holds nothing), or a "
                    + "database on a PostgreSQL server, postgresql://server[:port]/database[?user=NAME], that holds "
                    + "no register yet (the password from PGPASSWORD or the .pgpass file)."})
    String to;

    @Spec
    CommandSpec spec;

    /**
     * The register to move, as typed after {@code --db} (before or after the command's name), so that
     * a server's address ({@code postgresql://…}) is read whole; else the app's own register file.
     */
    private String source() {
        for (CommandSpec level = spec; level != null; level = level.parent()) {
            ParseResult parsed = level.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--db")) {
                List<String> typed = parsed.matchedOption("--db").originalStringValues();
                return typed.isEmpty() ? database.file().toString() : typed.get(typed.size() - 1);
            }
        }
        return database.file().toString();
    }

    @Override
    public Integer call() {
        String from = source();
        spec.commandLine().getOut().println("Moving the register " + from + " to " + to + "…");
        MoveReport report = RegisterMove.move(from, to, StaffMember.ofComputerUser(), Clock.systemDefaultZone(),
                Progress.NONE);
        spec.commandLine().getOut().println(report.inWords());
        return 0;
    }
}
