package org.compactregister.form;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FieldChange;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.persistence.BlankFormRepository;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;
import org.compactregister.service.Settings;

/**
 * Printed commitment forms: the office's wording (settings), new blank forms with references of
 * their own, forms for signatories already in the register, and what a reference on a returned
 * form stands for.
 */
public final class FormService {

    /** The most blank forms made at once. */
    public static final int MAX_BLANK_FORMS = 500;

    private final Services services;
    private final Settings settings;
    private final BlankFormRepository blankForms;

    public FormService(Services services) {
        this.services = services;
        this.settings = services.settings();
        this.blankForms = new BlankFormRepository(services.database().jdbi());
    }

    /** The office's wording, or the fictional default where it has not set its own. */
    public FormWording wording() {
        return new FormWording(settings.get(FormWording.COMPACT_TEXT_SETTING, FormWording.DEFAULT_COMPACT_TEXT),
                settings.get(FormWording.RETURN_ADDRESS_SETTING, FormWording.DEFAULT_RETURN_ADDRESS));
    }

    /**
     * Saves the office's wording, after checking that a form can be printed with it.
     *
     * @throws RefusedException when either is empty, cannot be printed or does not fit; the message says which
     */
    public void saveWording(FormWording wording) {
        if (wording.compactText().isEmpty()) {
            throw new RefusedException("Enter the Compact text: the principles organisations sign up to.");
        }
        if (wording.returnAddress().isEmpty()) {
            throw new RefusedException("Enter the return address: where forms are posted back to.");
        }
        if (wording.returnAddress().split("\n").length > 5) {
            throw new RefusedException("The return address has room for 5 lines.");
        }
        CommitmentFormPdf.make(List.of(PrintedForm.blank(FormReference.blank(1))), wording, false, Progress.NONE);
        settings.put(FormWording.COMPACT_TEXT_SETTING, wording.compactText());
        settings.put(FormWording.RETURN_ADDRESS_SETTING, wording.returnAddress());
    }

    /**
     * {@code count} new blank forms, each with a new reference, recorded so that they are recognised when they come back.
     *
     * @throws RefusedException when count is not between 1 and {@value #MAX_BLANK_FORMS}
     */
    public List<PrintedForm> newBlankForms(int count) {
        if (count < 1 || count > MAX_BLANK_FORMS) {
            throw new RefusedException("Ask for between 1 and " + MAX_BLANK_FORMS + " blank forms (not " + count + ").");
        }
        List<PrintedForm> forms = new ArrayList<>();
        List<Long> ids = services.audit().record(() -> blankForms.create(count, services.clock().instant()),
                made -> new AuditDraft(AuditAction.BLANK_FORMS, null, "Made " + Plural.of(made.size(), "blank form",
                        "blank forms"), made.stream().map(id -> new FieldChange("Blank form", null,
                        FormReference.blank(id).text(), false)).toList()));
        for (long id : ids) {
            forms.add(PrintedForm.blank(FormReference.blank(id)));
        }
        return forms;
    }

    /** The form for a signatory in the register: its reference, its organisation printed, its details for a fillable copy. */
    public PrintedForm formFor(Signatory signatory) {
        return new PrintedForm(FormReference.signatory(signatory.id()), signatory.organisation(), known(signatory.form()));
    }

    /**
     * The forms for the signatories with these references ({@code CS-000042}), in the order given.
     *
     * @throws RefusedException naming a reference that is not written right or not in the register
     */
    public List<PrintedForm> formsFor(List<String> references) {
        List<PrintedForm> forms = new ArrayList<>();
        for (String text : references) {
            FormReference reference = FormReference.parse(text)
                    .filter(r -> r.kind() == FormReference.Kind.SIGNATORY)
                    .orElseThrow(() -> new RefusedException("\"" + text + "\" is not a signatory's reference; they are "
                            + "written as on letters, CS-000042."));
            Signatory signatory = services.register().find(reference.number()).orElseThrow(() ->
                    new RefusedException("There is no signatory " + reference.text() + " in the register."));
            forms.add(formFor(signatory));
        }
        return forms;
    }

    /** The forms as one PDF; see {@link CommitmentFormPdf#make}. */
    public byte[] pdf(List<PrintedForm> forms, boolean fillable, Progress progress) {
        return CommitmentFormPdf.make(forms, wording(), fillable, progress);
    }

    public void savePdf(byte[] pdf, Path file) {
        SafeFile.write(file, "The forms", out -> out.write(pdf));
    }

    /** What a reference read from a returned form stands for in this register; empty when it is not one of this register's. */
    public Optional<FormOwner> owner(FormReference reference) {
        if (reference.kind() == FormReference.Kind.SIGNATORY) {
            return services.register().find(reference.number()).map(s -> new FormOwner(reference, Optional.of(s)));
        }
        if (!blankForms.exists(reference.number())) {
            return Optional.empty();
        }
        var entered = blankForms.signatoryOf(reference.number());
        Optional<Signatory> signatory = entered.isPresent() ? services.register().find(entered.getAsLong()) : Optional.empty();
        return Optional.of(new FormOwner(reference, signatory));
    }

    /** Notes that a blank form has been entered as this signatory, so that a second copy of it opens that record. */
    public void blankFormEntered(FormReference reference, Signatory signatory) {
        if (reference.kind() == FormReference.Kind.BLANK) {
            services.audit().record(() -> {
                blankForms.markEntered(reference.number(), signatory.id());
                return reference;
            }, entered -> new AuditDraft(AuditAction.BLANK_FORM_ENTERED, signatory.id(), "Blank form "
                    + entered.text() + " entered as " + signatory.reference(),
                    List.of(new FieldChange("Blank form", null, entered.text(), false))));
        }
    }

    /** A signatory's details as the boxes hold them. */
    public static Map<FormBox, String> known(CommitmentForm form) {
        Map<FormBox, String> known = new EnumMap<>(FormBox.class);
        known.put(FormBox.NAME, form.signatoryName());
        known.put(FormBox.DATE, form.dateSigned() == null ? "" : UkDate.formatShort(form.dateSigned()));
        known.put(FormBox.ORGANISATION, form.organisation());
        known.put(FormBox.ADDRESS, String.join("\n", form.address().lines()));
        known.put(FormBox.TEL, form.telephone());
        known.put(FormBox.EMAIL, form.email());
        return known;
    }
}
