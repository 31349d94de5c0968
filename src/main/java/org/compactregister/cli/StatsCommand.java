package org.compactregister.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.compactregister.list.SectorBreakdown;
import org.compactregister.list.SectorCount;
import org.compactregister.list.SignatoryStatistics;
import org.compactregister.model.UkDate;
import org.compactregister.model.Engine;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: how many signatories, by status and sector, the dates they signed between, and the file's size. */
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
            SignatoryStatistics statistics = new SignatoryStatistics(services);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Register:          %s%n", services.location().describe());
            if (services.location().engine() == Engine.POSTGRESQL) {
                out.printf("Signed in as:      %s%n", services.staff().name());
            }
            out.printf("Signatories:       %,d%n", services.register().count());
            statistics.byStatus().forEach((status, n) -> out.printf("  %-17s%,d%n", status.label() + ":", n));
            SectorBreakdown sectors = statistics.bySector();
            out.printf("By sector:%-31s%9s %6s %10s%n", "", "In Compact", "Share", "Withdrawn");
            for (SectorCount row : sectors.sectors()) {
                out.printf("  %-39s%,9d %5.0f%% %,10d%n", row.label(), row.current(),
                        100 * sectors.shareOfCurrent(row), row.withdrawn());
            }
            Optional<LocalDate> firstSigned = statistics.firstSigned();
            if (firstSigned.isPresent()) {
                out.printf("Signed between:    %s and %s%n", UkDate.formatShort(firstSigned.get()),
                        UkDate.formatShort(statistics.lastSigned().orElseThrow()));
            }
            if (services.location() instanceof RegisterLocation.H2File h2) {
                out.printf("File size:         %,.1f MB%n", h2.file().toFile().length() / 1_000_000.0);
            }
            out.flush();
            return 0;
        }
    }
}
