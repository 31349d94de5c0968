package org.compactregister.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.FieldChange;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.LetterWording;
import org.compactregister.model.Plural;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.SentLetter;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryFields;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;
import org.compactregister.model.UkDate;
import org.compactregister.pdf.UnprintableTextException;
import org.compactregister.persistence.LetterRepository;
import org.compactregister.service.AuditTrail;
import org.compactregister.service.CancelledException;
import org.compactregister.service.FileProblems;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;

/**
 * Acknowledgement letters: the template (every save a new version), the letters for one
 * signatory or for all whose forms are received and not yet acknowledged, as one PDF, and the
 * record of letters sent, which marks signatories acknowledged only when the office confirms the
 * letters went out.
 */
public final class LetterService {

    /** The largest logo accepted, so that the register and every letters PDF stay a sensible size. */
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

    private final LetterRepository letters;
    private final RegisterService register;
    private final Clock clock;
    private final AuditTrail audit;

    public LetterService(Services services) {
        this.letters = new LetterRepository(services.database().jdbi());
        this.register = services.register();
        this.clock = services.clock();
        this.audit = services.audit();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The template in use: the newest saved, or the shipped one (saved as version 1 on first use). */
    public LetterTemplate currentTemplate() {
        Optional<LetterTemplate> latest = letters.latestTemplate();
        if (latest.isPresent()) {
            return latest.get();
        }
        return audit.record(() -> letters.saveTemplate(DefaultLetterTemplate.load(), 0, clock.instant()),
                        saved -> saved.map(first -> templateEntry(null, first, "The shipped letter template saved as "
                                + "version 1 on first use")).orElse(null))
                .or(letters::latestTemplate)
                .orElseThrow();
    }

    /** A template version as it was saved, for reprinting a letter that followed it. */
    public LetterTemplate template(int version) {
        return letters.template(version).orElseThrow(() -> new RefusedException(
                "Version " + version + " of the letter template is not in the register."));
    }

    /**
     * Saves the edited template as a new version. {@code edited.version()} is the version it was
     * opened at.
     *
     * @throws RefusedException listing what is wrong (such as fields the register does not know),
     *                          or when someone else saved the template in the meantime
     */
    public LetterTemplate saveTemplate(LetterTemplate edited) {
        List<String> problems = new ArrayList<>(LetterWording.problems(edited));
        try {
            LetterChecks.requirePrintable(edited);
        } catch (UnprintableTextException e) {
            problems.add(e.getMessage());
        }
        logoProblem(edited.logo()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new RefusedException("The letter template was not saved:\n• " + String.join("\n• ", problems));
        }
        LetterTemplate current = currentTemplate();
        if (current.version() == edited.version() && current.sameWording(edited)) {
            return current;
        }
        return audit.record(() -> letters.saveTemplate(edited, edited.version(), clock.instant()),
                        saved -> saved.map(next -> templateEntry(current, next, "Letter template saved as version "
                                + next.version())).orElse(null))
                .orElseThrow(() -> new RefusedException("Someone else saved the letter template (now version "
                        + currentTemplate().version() + ") while you were editing it. Close the template, "
                        + "open it again and make your changes there."));
    }

    /** Why an image cannot be the letterhead logo, or empty when it can (or there is none). */
    public static Optional<String> logoProblem(byte[] logo) {
        if (logo == null) {
            return Optional.empty();
        }
        if (logo.length > MAX_LOGO_BYTES) {
            return Optional.of("The logo is " + logo.length / 1024 + " KB; the largest the letter takes is "
                    + MAX_LOGO_BYTES / 1024 + " KB. Save a smaller copy of the image and choose that.");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo));
            if (image == null) {
                return Optional.of("The logo is not a PNG or JPEG picture. Choose a PNG or JPEG file.");
            }
        } catch (IOException e) {
            return Optional.of("The logo picture is damaged and cannot be read. Choose another file.");
        }
        return Optional.empty();
    }

    /** Reads an image file chosen as the logo, refusing one that will not do. */
    public static byte[] readLogo(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new RefusedException("The picture " + file.getFileName() + " is larger than "
                        + MAX_LOGO_BYTES / 1024 + " KB. Save a smaller copy of the image and choose that.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefusedException("The picture " + file + " could not be read: " + FileProblems.reason(e) + ".");
        }
        logoProblem(bytes).ifPresent(problem -> {
            throw new RefusedException(file.getFileName() + ": " + problem);
        });
        return bytes;
    }

    /** Signatories whose form was received and who have not had their letter yet, by organisation. */
    public List<Signatory> outstanding() {
        return register.search(RegisterQuery.everything().withStatus(Status.RECEIVED)
                .sortedBy(SortColumn.ORGANISATION, true).withLimit(Integer.MAX_VALUE)).signatories();
    }

    /** The letters, following the current template and dated {@code date}, for these signatories. */
    public List<AcknowledgementLetter> lettersFor(Collection<Signatory> signatories, LocalDate date) {
        LetterTemplate template = currentTemplate();
        return signatories.stream().map(s -> new AcknowledgementLetter(template, LetterRecipient.of(s), date)).toList();
    }

    /**
     * Makes the letters into one PDF. Letters that cannot be printed correctly are left out and
     * listed with the reason; the rest are made.
     *
     * @throws CancelledException when the progress asks to stop
     */
    public LetterRun make(List<AcknowledgementLetter> wanted, Progress progress) {
        LetterRun run = makeLetters(wanted, progress);
        List<FieldChange> changes = run.letters().stream().filter(letter -> letter.recipient().signatoryId() > 0)
                .map(letter -> new FieldChange("Letter made", null, describe(letter), false,
                        letter.recipient().signatoryId())).toList();
        if (!changes.isEmpty()) {
            audit.note(new AuditDraft(AuditAction.LETTERS_MADE, changes.size() == 1 ? changes.get(0).signatoryId() : null,
                    "Made " + Plural.of(changes.size(), "acknowledgement letter", "acknowledgement letters"), changes));
        }
        return run;
    }

    /**
     * Makes a letter from the history again, exactly as it was printed (same template version,
     * details and date), and records the reprint.
     *
     * @throws UnprintableTextException when it can no longer be printed correctly
     */
    public LetterRun reprint(SentLetter sent, Progress progress) {
        AcknowledgementLetter letter = asSent(sent);
        LetterRun run = makeLetters(List.of(letter), progress);
        if (!run.refused().isEmpty()) {
            throw new UnprintableTextException(run.refused().get(0).reason());
        }
        audit.note(new AuditDraft(AuditAction.LETTER_REPRINTED, sent.recipient().signatoryId(),
                "Reprinted the letter of " + sent.recipient().reference(),
                List.of(new FieldChange("Letter reprinted", null, describe(letter), false))));
        return run;
    }

    private static String describe(AcknowledgementLetter letter) {
        return "dated " + UkDate.formatShort(letter.date()) + ", template version " + letter.template().version();
    }

    private static AuditDraft templateEntry(LetterTemplate before, LetterTemplate after, String summary) {
        Map<String, String> old = before == null ? Map.of() : templateFields(before);
        return new AuditDraft(AuditAction.TEMPLATE_SAVED, null, summary,
                SignatoryFields.changes(old, templateFields(after)));
    }

    private static Map<String, String> templateFields(LetterTemplate t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Version", Integer.toString(t.version()));
        fields.put("Sender", t.senderName());
        fields.put("Sender address", t.senderAddress());
        fields.put("Sender phone", t.senderPhone());
        fields.put("Sender email", t.senderEmail());
        fields.put("Logo", t.logo() == null ? "" : Plural.count(t.logo().length, "byte", "bytes"));
        fields.put("Subject", t.subject());
        fields.put("Body", t.body());
        fields.put("Greeting without a name", t.noNameGreeting());
        fields.put("Signed by", t.signatureName());
        fields.put("Role", t.signatureRole());
        return fields;
    }

    private LetterRun makeLetters(List<AcknowledgementLetter> wanted, Progress progress) {
        List<AcknowledgementLetter> made = new ArrayList<>();
        List<RefusedLetter> refused = new ArrayList<>();
        try (LetterPdfWriter writer = new LetterPdfWriter("Acknowledgement letters")) {
            int done = 0;
            for (AcknowledgementLetter letter : wanted) {
                progress.checkCancelled();
                try {
                    writer.add(letter);
                    made.add(letter);
                } catch (UnprintableTextException e) {
                    refused.add(new RefusedLetter(letter.recipient(), e.getMessage()));
                }
                done++;
                if (done % 25 == 0 || done == wanted.size()) {
                    progress.update(done, wanted.size() + 1, "Made " + done + " of " + wanted.size() + " letters");
                }
            }
            progress.checkCancelled();
            progress.update(wanted.size(), wanted.size() + 1, "Putting the PDF together");
            byte[] pdf = made.isEmpty() ? new byte[0] : writer.toBytes();
            progress.update(wanted.size() + 1, wanted.size() + 1, "Done");
            return new LetterRun(pdf, writer.pageCount(), made, refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes one letter.
     *
     * @throws UnprintableTextException naming the signatory and the text at fault, when it cannot be printed correctly
     */
    public LetterRun makeOne(AcknowledgementLetter letter) {
        LetterRun run = make(List.of(letter), Progress.NONE);
        if (!run.refused().isEmpty()) {
            throw new UnprintableTextException(run.refused().get(0).reason());
        }
        return run;
    }

    /**
     * Saves the PDF to {@code file}, whole or not at all (see {@link SafeFile}).
     *
     * @throws RefusedException when it could not be written, saying why
     */
    public void savePdf(byte[] pdf, Path file) {
        SafeFile.write(file, "The letters", out -> out.write(pdf));
    }

    /**
     * Records that these letters went out: each goes into its signatory's letter history, and
     * signatories still at "received" become acknowledged on the letter's date. Call it only when
     * the office confirms the letters were sent. Returns how many became acknowledged.
     */
    public int confirmSent(Collection<AcknowledgementLetter> sent) {
        for (AcknowledgementLetter letter : sent) {
            if (letter.template().version() <= 0) {
                throw new IllegalArgumentException("Only letters that follow a saved template can be recorded");
            }
        }
        return audit.record(() -> {
            List<Long> received = sent.stream().map(letter -> letter.recipient().signatoryId()).distinct()
                    .filter(id -> register.find(id).filter(s -> s.status() == Status.RECEIVED).isPresent()).toList();
            letters.recordSent(sent, clock.instant());
            return received;
        }, acknowledged -> sentEntry(sent, acknowledged)).size();
    }

    private static AuditDraft sentEntry(Collection<AcknowledgementLetter> sent, List<Long> acknowledged) {
        if (sent.isEmpty()) {
            return null;
        }
        List<FieldChange> changes = new ArrayList<>();
        for (AcknowledgementLetter letter : sent) {
            long id = letter.recipient().signatoryId();
            changes.add(new FieldChange("Letter sent", null, describe(letter), false, id));
            if (acknowledged.contains(id)) {
                changes.add(new FieldChange("Status", Status.RECEIVED.label(), Status.ACKNOWLEDGED.label(), false, id));
            }
        }
        Long only = sent.size() == 1 ? sent.iterator().next().recipient().signatoryId() : null;
        return new AuditDraft(AuditAction.LETTERS_SENT, only, "Marked " + Plural.of(sent.size(), "letter", "letters")
                + " sent; " + Plural.of(acknowledged.size(), "signatory", "signatories") + " now acknowledged", changes);
    }

    /** The letters sent to a signatory, newest first. */
    public List<SentLetter> history(long signatoryId) {
        return letters.history(signatoryId);
    }

    /** A letter from the history, as it was printed: same template version, same details, same date. */
    public AcknowledgementLetter asSent(SentLetter sent) {
        return new AcknowledgementLetter(template(sent.templateVersion()), sent.recipient(), sent.letterDate());
    }

    /** The title of the question asked before letters are recorded as sent: "Did the 12 letters go out?" */
    public static String confirmationTitle(LetterRun run) {
        int count = run.letters().size();
        return "Did the " + Plural.word(count, "letter", count + " letters") + " go out?";
    }

    /** What recording them as sent does, for that question. */
    public static String confirmationQuestion(LetterRun run) {
        LocalDate date = run.letters().isEmpty() ? null : run.letters().get(0).date();
        int count = run.letters().size();
        return "Only if " + Plural.word(count, "it has", "they have") + " been printed or sent: "
                + Plural.word(count, "its signatory", "the " + count + " signatories")
                + " will be marked as acknowledged on "
                + UkDate.formatLong(date) + ", and " + Plural.word(count, "the letter", "each letter")
                + " kept in the signatory's letter history, for reprinting.";
    }
}
