package org.compactregister.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compactregister.io.RegisterStatistics;
import org.compactregister.list.SectorBreakdown;
import org.compactregister.list.SectorCount;
import org.compactregister.list.SignatoryStatistics;
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
        try (Services services = database.open()) {
            RegisterStatistics.Figures figures = new RegisterStatistics(services).figures();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Register:          %s%n", services.databaseFile());
            out.printf("Signatories:       %,d%n", figures.total());
            figures.byStatus().forEach((status, n) -> out.printf("  %-17s%,d%n", status.label() + ":", n));
            SectorBreakdown sectors = new SignatoryStatistics(services).bySector();
            out.printf("By sector:%-31s%9s %6s %10s%n", "", "In Compact", "Share", "Withdrawn");
            for (SectorCount row : sectors.sectors()) {
                out.printf("  %-39s%,9d %5.0f%% %,10d%n", row.label(), row.current(),
                        100 * sectors.shareOfCurrent(row), row.withdrawn());
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
