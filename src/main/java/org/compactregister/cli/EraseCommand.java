package org.compactregister.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.compactregister.model.Signatory;
import org.compactregister.service.ErasureService;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code erase REF [--yes]}: erases one signatory's personal data on request, keeping the public fact. */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Erase a signatory's personal data on request (name, address, phones, email, notes, scans,",
            "letter copies, old values in the audit trail); the organisation, sector, dates and reference stay.",
            "Asks first, on the terminal; without a terminal, add --yes."})
public final class EraseCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "REF", description = "The signatory's reference, like CS-000042.")
    String reference;

    @Option(names = "--yes", description = "Erase without asking.")
    boolean yes;

    @Spec
    CommandSpec spec;

    private final Supplier<Console> console;

    public EraseCommand() {
        this(System::console);
    }

    EraseCommand(Supplier<Console> console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        long id = Signatory.idOf(reference).orElseThrow(() -> new RefusedException("\"" + reference
                + "\" is not a reference: give it like CS-000042. Nothing was erased."));
        try (Services services = database.open()) {
            Signatory signatory = services.register().find(id).orElseThrow(() -> new RefusedException(
                    "there is no signatory " + Signatory.referenceOf(id) + " in the register. Nothing was erased."));
            TerminalQuestion.confirm(console, yes, "nothing was erased", "erase",
                    "Erase the personal data of " + signatory.reference() + " \"" + signatory.organisation()
                            + "\" (signed by " + signatory.signatoryName() + ")? This cannot be undone.",
                    "Type yes to erase it: ");
            new ErasureService(services).erase(id, "on request");
            spec.commandLine().getOut().println("Erased the personal data of " + signatory.reference() + " \""
                    + signatory.organisation() + "\". The organisation, sector, dates and reference stay.");
            return 0;
        }
    }
}
