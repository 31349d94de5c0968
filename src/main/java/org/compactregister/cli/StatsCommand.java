package org.compactregister.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compactregister.io.RegisterStatistics;
import org.compactregister.model.UkDate;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: how many signatories, by status and sector. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show how many signatories the register holds, by status and by sector.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = OpenRegister.at(spec, database)) {
            RegisterStatistics.Figures figures = new RegisterStatistics(services).figures();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Register:          %s%n", services.databaseFile());
            out.printf("Signatories:       %,d%n", figures.total());
            figures.byStatus().forEach((status, n) -> out.printf("  %-17s%,d%n", status.label() + ":", n));
            out.println("By sector:");
            figures.bySector().forEach((sector, n) -> out.printf("  %-38s%,d%n", sector.label() + ":", n));
            if (figures.noSector() > 0) {
                out.printf("  %-38s%,d%n", "Not given:", figures.noSector());
            }
            if (figures.firstSigned() != null) {
                out.printf("Signed between:    %s and %s%n", UkDate.formatShort(figures.firstSigned()),
                        UkDate.formatShort(figures.lastSigned()));
            }
            out.printf("File size:         %,.1f MB%n", figures.fileBytes() / 1_000_000.0);
            out.flush();
            return 0;
        }
    }
}
