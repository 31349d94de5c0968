package org.compactregister.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.compactregister.form.FormService;
import org.compactregister.form.PrintedForm;
import org.compactregister.model.Plural;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forms --blank N | --for REF... [--fillable] --out FILE.pdf}: commitment forms to print or
 * email, each with its QR code and reference.
 */
@Command(name = "forms",
        mixinStandardHelpOptions = true,
        description = {"Writes commitment forms into one PDF: the office's Compact text, the boxes (Name, Date, "
                + "On behalf of Organisation, Address, Tel, Email), the return address and a QR code with the form's reference.",
                "Blank forms get new references; forms for signatories carry theirs and have the organisation printed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the forms were written", "1:nothing was written (the reason is given)",
                "2:the command was not written correctly (usage shown)", "3:something unexpected went wrong"})
public final class FormsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--blank", paramLabel = "N", description = "N blank forms, each with a new reference (BF-000001).")
        Integer blank;

        @Option(names = "--for", paramLabel = "REF", arity = "1..*",
                description = "A form for each of these signatories, by their reference as on letters (CS-000042).")
        List<String> references;
    }

    @Option(names = "--fillable", description = "Forms to send by email: a text field in each box, to fill in on screen.")
    boolean fillable;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try (Services services = database.open()) {
            FormService forms = new FormService(services);
            List<PrintedForm> wanted = which.blank != null ? forms.newBlankForms(which.blank) : forms.formsFor(which.references);
            byte[] pdf = forms.pdf(wanted, fillable, Progress.NONE);
            forms.savePdf(pdf, out);
            String first = wanted.get(0).reference().text();
            String last = wanted.get(wanted.size() - 1).reference().text();
            stdout.println("Wrote " + Plural.of(wanted.size(), fillable ? "fillable form" : "form",
                    fillable ? "fillable forms" : "forms") + " (" + (wanted.size() == 1 ? first : first + " to " + last)
                    + ") to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }
}
