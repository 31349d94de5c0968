package org.compactregister.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compactregister.list.SignatoryList;
import org.compactregister.list.SignatoryListKind;
import org.compactregister.list.SignatoryListService;
import org.compactregister.model.Plural;
import org.compactregister.model.Sector;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.model.Status;
import org.compactregister.model.UkDate;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code list --public|--internal --format pdf|csv --out FILE}: a signatory list as a PDF to print
 * or a CSV for a spreadsheet, the same as the window's Lists menu makes.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Write a signatory list as PDF (A4, ready to print) or CSV (opens in a spreadsheet).",
            "The public list has each organisation, its sector and the date it signed, and nothing personal;",
            "the internal contact list has every field. Withdrawn organisations are left out unless asked for."})
public final class ListCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Kind kind;

    static final class Kind {
        @Option(names = "--public", required = true,
                description = "The public list: organisation, sector and date signed, nothing personal.")
        boolean publicList;

        @Option(names = "--internal", required = true,
                description = "The internal contact list, with names, addresses, phones and emails.")
        boolean internal;
    }

    enum Format { pdf, csv }

    @Option(names = "--format", paramLabel = "pdf|csv",
            description = "pdf or csv (default: from the file name's ending).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--sector", paramLabel = "SECTOR", converter = SectorName.class,
            description = "Only this sector: public, voluntary, social-enterprise or private.")
    Sector sector;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only this status: received, acknowledged or withdrawn.")
    String status;

    @Option(names = "--from", paramLabel = "DATE", description = "Only those signed on or after this date (24/11/2026).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only those signed on or before this date.")
    String to;

    @Option(names = "--include-withdrawn", description = "Include organisations that have withdrawn.")
    boolean includeWithdrawn;

    @Option(names = "--alphabetical", description = "One alphabetical list (default: grouped by sector).")
    boolean alphabetical;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen = format != null ? format : formatFromName();
        SignatoryListFilter filter = new SignatoryListFilter(sector, status(), date("--from", from), date("--to", to),
                includeWithdrawn);
        SignatoryList list = new SignatoryList(kind.internal ? SignatoryListKind.INTERNAL : SignatoryListKind.PUBLIC,
                filter, alphabetical ? SignatoryListOrder.BY_ORGANISATION : SignatoryListOrder.BY_SECTOR);
        try (Services services = database.open()) {
            SignatoryListService lists = new SignatoryListService(services);
            int count = lists.count(filter);
            if (chosen == Format.pdf) {
                lists.savePdf(list, out, Progress.NONE);
            } else {
                lists.exportCsv(list, out, Progress.NONE);
            }
            spec.commandLine().getOut().println("Wrote the " + list.kind().label().toLowerCase(Locale.UK) + " of "
                    + Plural.of(count, "signatory", "signatories") + " to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }

    private Format formatFromName() {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Format.pdf;
        }
        if (name.endsWith(".csv")) {
            return Format.csv;
        }
        throw new RefusedException("Say which kind of file to write with --format pdf or --format csv.");
    }

    private Status status() {
        if (status == null) {
            return null;
        }
        for (Status candidate : Status.values()) {
            if (candidate.label().equalsIgnoreCase(status.strip()) || candidate.name().equalsIgnoreCase(status.strip())) {
                return candidate;
            }
        }
        throw new RefusedException("There is no status called \"" + status
                + "\". Use one of: received, acknowledged, withdrawn.");
    }

    private static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        return UkDate.parse(text).orElseThrow(() -> new RefusedException(option + " \"" + text
                + "\" is not a date. Write it as 24/11/2026 or 2026-11-24."));
    }
}
