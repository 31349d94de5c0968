package org.compactregister.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.privacy.AuditCsv;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit --since DATE [--signatory REF] --out FILE.csv}: the audit trail as CSV. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Write the audit trail (who changed what, when, field by field) as CSV.")
public final class AuditCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--since", required = true, paramLabel = "DATE",
            description = "The first day to include, like 01/11/2026.")
    String since;

    @Option(names = "--signatory", paramLabel = "REF", description = "Only entries about this signatory, like CS-000042.")
    String signatory;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate from = UkDate.parse(since).orElseThrow(() -> new RefusedException("\"" + since
                + "\" is not a date: give it like 01/11/2026."));
        Long id = signatory == null ? null : Signatory.idOf(signatory).stream().boxed().findFirst()
                .orElseThrow(() -> new RefusedException("\"" + signatory + "\" is not a reference: give it like CS-000042."));
        try (Services services = database.open()) {
            List<AuditEntry> entries = services.audit().find(AuditFilter.everything().since(from).forSignatory(id));
            AuditCsv.save(entries, services.clock().getZone(), out);
            spec.commandLine().getOut().println("Wrote " + Plural.of(entries.size(), "audit entry", "audit entries")
                    + " since " + UkDate.formatShort(from) + (id == null ? "" : " about " + Signatory.referenceOf(id))
                    + " to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }
}
