package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FieldErrors;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.scan.InboxFile;
import org.compactregister.scan.MediaTypeDetector;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanPages;
import org.compactregister.scan.ScanRenderer;
import org.compactregister.service.RefusedException;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SaveOutcome;

/**
 * Entering a matched returned form: opening it for checking ({@link #open}) and saving what staff
 * confirmed ({@link #save}): the record written (a new signatory from a blank form; the renewal's
 * record updated and set back to received), the scan attached and moved to the inbox's Done folder,
 * so the acknowledgement letter is due.
 */
public final class ReturnedFormEntry {

    /** Boxes are cut at this many pixels a point (144 dpi): sharp enough to read handwriting. */
    public static final double CUT_PIXELS_PER_POINT = 2.0;

    private final FormService forms;
    private final RegisterService register;
    private final ScanInbox inbox;

    public ReturnedFormEntry(FormService forms, RegisterService register, ScanInbox inbox) {
        this.forms = forms;
        this.register = register;
        this.inbox = inbox;
    }

    /**
     * Cuts the boxes and gathers what is known. Slow: call it away from the window's thread. A
     * fillable PDF's fields are drawn from their values where the sender's viewer drew them wrongly
     * or not at all ({@link FieldLooks}), so that each cut shows the value as it will be saved.
     *
     * @throws RefusedException when the file cannot be drawn any more (moved, damaged)
     */
    public Verification open(InboxFile file, FoundForm form) {
        Optional<Signatory> signatory = form.owner().flatMap(FormOwner::signatory);
        try (ScanPages pages = ScanInbox.openPages(file)) {
            boolean pdf = MediaTypeDetector.detect(file.path()).map(t -> t.isPdf()).orElse(false);
            double zoom = pdf ? ReturnedForms.PDF_DPI / 96.0 : 1.0;
            BufferedImage picture = pdf && form.filled().filter(f -> f.source() == FilledForm.Source.FIELDS).isPresent()
                    ? FieldLooks.redrawn(file.path(), form.firstPage(), ReturnedForms.PDF_DPI).orElse(null)
                    : null;
            if (picture == null) {
                picture = pages.render(form.firstPage(), zoom);
            }
            BufferedImage page = picture;
            PagePlacement placement = form.placement().orElseGet(() -> PagePlacement.upright(page.getWidth()
                    / CommitmentFormLayout.PAGE_WIDTH));
            Map<FormBox, BufferedImage> cuts = new EnumMap<>(FormBox.class);
            for (FormBox box : FormBox.values()) {
                cuts.put(box, placement.cut(page, CommitmentFormLayout.box(box), CUT_PIXELS_PER_POINT));
            }
            Map<FormBox, String> known = new EnumMap<>(FormBox.class);
            signatory.ifPresent(s -> known.putAll(FormService.known(s.form())));
            form.filled().ifPresent(filled -> filled.values().forEach((box, value) -> {
                if (!value.isBlank()) {
                    known.put(box, value);
                }
            }));
            known.computeIfPresent(FormBox.ADDRESS, (box, value) -> BoxValues.oneLine(value));
            Set<FormBox> writtenOn = EnumSet.noneOf(FormBox.class);
            if (form.filled().isEmpty()) {
                cuts.forEach((box, cut) -> {
                    if (BoxInk.writtenOn(cut)) {
                        writtenOn.add(box);
                    }
                });
            }
            return new Verification(file, form, cuts, known, signatory, writtenOn);
        } catch (IOException e) {
            throw new RefusedException("\"" + file.name() + "\" cannot be read any more: it may have been moved. Refresh the inbox.");
        }
    }

    /** The outcome of saving: the saved signatory (scan filed), or what is wrong, box by box, or likely duplicates to confirm. */
    public sealed interface Outcome {
        record Saved(Signatory signatory) implements Outcome {
        }

        /** Messages by box, in the boxes' order. */
        record Invalid(Map<FormBox, String> problems) implements Outcome {
        }

        record PossibleDuplicates(java.util.List<Signatory> existing) implements Outcome {
        }
    }

    /**
     * Saves the checked values and files the scan.
     *
     * @param saveEvenIfDuplicate save a new organisation even though the register seems to hold it
     * @throws org.compactregister.service.ChangedElsewhereException when the record was saved elsewhere meanwhile
     * @throws RefusedException when the scan cannot be attached (the record is then saved; the message says what to do)
     */
    public Outcome save(Verification verification, Map<FormBox, String> typed, boolean saveEvenIfDuplicate) {
        String dateText = typed.getOrDefault(FormBox.DATE, "").strip();
        if (!dateText.isEmpty() && UkDate.parse(dateText).isEmpty()) {
            return new Outcome.Invalid(Map.of(FormBox.DATE, "\"" + dateText + "\" is not a date; write it as 24/11/2026."));
        }
        HowReceived how = verification.form().filled().isPresent() ? HowReceived.EMAIL : HowReceived.POST;
        LocalDate today = register.today();
        Optional<Signatory> existing = verification.signatory();
        CommitmentForm form = BoxValues.form(typed, existing.map(Signatory::form).orElse(null), today, how);
        if (existing.isPresent()) {
            form = form.withExtrasOf(existing.get().form());
        }
        SaveOutcome outcome = existing.isPresent()
                ? register.receiveAgain(existing.get(), form)
                : register.register(form, saveEvenIfDuplicate);
        if (outcome instanceof SaveOutcome.Invalid invalid) {
            return new Outcome.Invalid(problems(invalid.errors()));
        }
        if (outcome instanceof SaveOutcome.PossibleDuplicates duplicates) {
            return new Outcome.PossibleDuplicates(duplicates.existing());
        }
        Signatory saved = ((SaveOutcome.Saved) outcome).signatory();
        forms.blankFormEntered(verification.form().reference(), saved);
        inbox.file(verification.file(), saved.id());
        return new Outcome.Saved(saved);
    }

    private static Map<FormBox, String> problems(FieldErrors errors) {
        Map<FormBox, String> problems = new LinkedHashMap<>();
        for (Map.Entry<FormField, String> error : errors.asMap().entrySet()) {
            FormBox box = switch (error.getKey()) {
                case SIGNATORY_NAME -> FormBox.NAME;
                case DATE_SIGNED, DATE_RECEIVED -> FormBox.DATE;
                case ORGANISATION -> FormBox.ORGANISATION;
                case TELEPHONE, SECOND_TELEPHONE -> FormBox.TEL;
                case EMAIL -> FormBox.EMAIL;
                default -> FormBox.ADDRESS;
            };
            problems.merge(box, error.getValue(), (a, b) -> a + " " + b);
        }
        return problems;
    }
}
