package org.compactregister.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.compactregister.letter.LetterRun;
import org.compactregister.letter.LetterService;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.Plural;
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
 * {@code letters --outstanding --out FILE.pdf [--mark-acknowledged]}: the acknowledgement letters
 * for every signatory whose form is received and not yet acknowledged, in one PDF.
 */
@Command(name = "letters",
        mixinStandardHelpOptions = true,
        description = {"Writes the acknowledgement letters for every signatory whose form was received and "
                + "not yet acknowledged into one PDF, using the letter template saved in the register.",
                "Letters that cannot be printed correctly (a name in a script the letter fonts do not have, "
                        + "an address too long for the envelope window) are left out and listed on standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all the letters were written", "1:nothing was written (the reason is given)",
                "2:the command was not written correctly (usage shown)", "3:something unexpected went wrong", "4:the letters were written, but some were left out (listed)"})
public final class LettersCommand implements Callable<Integer> {

    /** Exit code when the PDF was written but some letters were left out. */
    public static final int SOME_REFUSED = 4;

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--outstanding", required = true,
                description = "Letters for every signatory at \"Received\" (the only choice for now).")
        boolean outstanding;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--mark-acknowledged",
            description = "After writing the PDF, mark each signatory in it as acknowledged, with the date on the letters "
                    + "(only when you are sure the letters will go out).")
    boolean markAcknowledged;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date on the letters, as 24/11/2026 (default: today).")
    String date;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (Services services = database.open()) {
            LetterService letters = new LetterService(services);
            LocalDate letterDate = date == null ? letters.today() : UkDate.parse(date).orElseThrow(
                    () -> new RefusedException("\"" + date
                            + "\" is not a date; write it as 24/11/2026."));
            List<AcknowledgementLetter> wanted = letters.lettersFor(letters.outstanding(), letterDate);
            if (wanted.isEmpty()) {
                stdout.println("No signatories are waiting for an acknowledgement letter; no PDF was written.");
                return 0;
            }
            LetterRun run = letters.make(wanted, Progress.NONE);
            for (var refused : run.refused()) {
                stderr.println("letters: left out: " + refused.reason());
            }
            if (run.isEmpty()) {
                stderr.println("letters: none of the " + wanted.size() + " letters could be printed; no PDF was written.");
                return CommandLines.REFUSED;
            }
            letters.savePdf(run.pdf(), out);
            stdout.println("Wrote " + run.countInWords() + " (" + Plural.of(run.pages(), "page", "pages")
                    + ") to " + out.toAbsolutePath() + ".");
            if (markAcknowledged) {
                int marked = letters.confirmSent(run.letters());
                stdout.println("Marked " + Plural.of(marked, "signatory", "signatories")
                        + " as acknowledged on " + UkDate.formatLong(letterDate) + ".");
            }
            return run.refused().isEmpty() ? 0 : SOME_REFUSED;
        }
    }
}
