package org.compactregister.cli;

import java.io.Console;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.compactregister.model.Signatory;
import org.compactregister.service.ErasureService;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
            if (!yes) {
                Console terminal = console.get();
                if (terminal == null) {
                    throw new RefusedException("nothing was erased: there is no terminal to ask on. "
                            + "Add --yes to erase without asking.");
                }
                terminal.printf("Erase the personal data of %s \"%s\" (signed by %s)? This cannot be undone.%n",
                        signatory.reference(), signatory.organisation(), signatory.signatoryName());
                String answer = terminal.readLine("Type yes to erase it: ");
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
                    throw new RefusedException("nothing was erased: the answer was not yes.");
                }
            }
            new ErasureService(services).erase(id, "on request");
            spec.commandLine().getOut().println("Erased the personal data of " + signatory.reference() + " \""
                    + signatory.organisation() + "\". The organisation, sector, dates and reference stay.");
            return 0;
        }
    }
}
