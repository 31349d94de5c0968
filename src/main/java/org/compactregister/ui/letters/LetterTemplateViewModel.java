package org.compactregister.ui.letters;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.letter.DefaultLetterTemplate;
import org.compactregister.pdf.PdfPages;
import org.compactregister.letter.LetterService;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.Address;
import org.compactregister.model.LetterField;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.Signatory;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * The letter template being edited: sender block and logo, subject, body with fields, greeting
 * for letters with no name, signature. Saving checks it (unknown fields are refused) and makes a
 * new version; the preview shows a letter from the edited wording, saved or not.
 */
public final class LetterTemplateViewModel {

    private final LetterService letters;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final StringProperty senderName = new SimpleStringProperty("");
    private final StringProperty senderAddress = new SimpleStringProperty("");
    private final StringProperty senderPhone = new SimpleStringProperty("");
    private final StringProperty senderEmail = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty noNameGreeting = new SimpleStringProperty("");
    private final StringProperty signatureName = new SimpleStringProperty("");
    private final StringProperty signatureRole = new SimpleStringProperty("");
    private final StringProperty versionText = new SimpleStringProperty("Opening the template…");
    private final BooleanProperty changed = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>();
    private final StringProperty previewMessage = new SimpleStringProperty("");

    private LetterTemplate opened;
    private Signatory sample;
    private boolean filling;

    public LetterTemplateViewModel(LetterService letters, TaskExecutor executor, DialogService dialogs) {
        this.letters = letters;
        this.executor = executor;
        this.dialogs = dialogs;
        for (Observable part : List.of(senderName, senderAddress, senderPhone, senderEmail, logo, subject, body,
                noNameGreeting, signatureName, signatureRole)) {
            part.addListener(o -> {
                if (!filling) {
                    changed.set(true);
                }
            });
        }
    }

    /** Which signatory the preview shows a letter to; without one, a fictional organisation. */
    public void previewWith(Signatory signatory) {
        this.sample = signatory;
    }

    /** Opens the template in use. */
    public void load() {
        executor.execute(BackgroundTask.of("Opening the letter template", p -> letters.currentTemplate())
                .onSuccess(template -> {
                    fill(template);
                    refreshPreview();
                })
                .onFailureShowError(dialogs, "The letter template could not be opened"));
    }

    private void fill(LetterTemplate template) {
        filling = true;
        try {
            opened = template;
            senderName.set(template.senderName());
            senderAddress.set(template.senderAddress());
            senderPhone.set(template.senderPhone());
            senderEmail.set(template.senderEmail());
            logo.set(template.logo());
            subject.set(template.subject());
            body.set(template.body());
            noNameGreeting.set(template.noNameGreeting());
            signatureName.set(template.signatureName());
            signatureRole.set(template.signatureRole());
        } finally {
            filling = false;
        }
        changed.set(false);
        loaded.set(true);
        versionText.set("Version " + template.version() + " of the template");
    }

    /** The template as edited, at the version it was opened at. */
    public LetterTemplate edited() {
        return new LetterTemplate(opened == null ? 0 : opened.version(), senderName.get(), senderAddress.get(),
                senderPhone.get(), senderEmail.get(), logo.get(), subject.get(), body.get(), noNameGreeting.get(),
                signatureName.get(), signatureRole.get());
    }

    /** Saves the edited template as a new version, or says what is wrong with it. */
    public void save(Runnable onSaved) {
        LetterTemplate edited = edited();
        executor.execute(BackgroundTask.of("Saving the letter template", p -> letters.saveTemplate(edited))
                .onSuccess(saved -> {
                    fill(saved);
                    versionText.set("Saved as version " + saved.version() + " of the template");
                    onSaved.run();
                })
                .onFailureShowError(dialogs, "The letter template was not saved"));
    }

    /** Draws a letter from the edited wording (saved or not), to the chosen signatory or a fictional one. */
    public void refreshPreview() {
        if (opened == null) {
            return;
        }
        LetterTemplate edited = edited();
        LocalDate today = letters.today();
        LetterRecipient recipient = sample != null ? LetterRecipient.of(sample)
                : new LetterRecipient(42, "Ana Kowalska", "Kingsmere Community Allotment Society",
                new Address("The Old School House", "12 Chapel Lane", "Kingsmere", "LE5 3QT"),
                today.minusDays(12), today.minusDays(5), "Voluntary and community organisation");
        previewMessage.set("Drawing the preview…");
        executor.execute(BackgroundTask.of("Drawing the preview", p -> {
                    byte[] pdf = letters.makeOne(new AcknowledgementLetter(edited, recipient, today)).pdf();
                    try (PdfPages pages = new PdfPages(pdf, "the letter")) {
                        return pages.render(0, 72);
                    }
                })
                .onSuccess(image -> {
                    preview.set(image);
                    previewMessage.set("Preview of a letter to " + recipient.organisation()
                            + (changed.get() ? " (with your unsaved changes)" : ""));
                })
                .onFailure(problem -> previewMessage.set(Problems.describe(problem))));
    }

    /** Takes a PNG or JPEG chosen by the user as the logo. */
    public void chooseLogo() {
        dialogs.chooseFileToOpen("Choose the letterhead logo", "Pictures (PNG, JPEG)", "*.png", "*.jpg", "*.jpeg")
                .ifPresent(file -> executor.execute(BackgroundTask.of("Reading the logo", p -> LetterService.readLogo(file))
                        .onSuccess(bytes -> {
                            logo.set(bytes);
                            refreshPreview();
                        })
                        .onFailureShowError(dialogs, "That picture cannot be the logo")));
    }

    /** Puts back the logo that ships with the app. */
    public void useShippedLogo() {
        logo.set(DefaultLetterTemplate.shippedImage("letterhead.png"));
        refreshPreview();
    }

    public void removeLogo() {
        logo.set(null);
        refreshPreview();
    }

    /** Inserts a field at a place in the body text. */
    public void insertField(LetterField field, int caret) {
        String text = body.get();
        int at = Math.max(0, Math.min(caret, text.length()));
        body.set(text.substring(0, at) + field.placeholder() + text.substring(at));
    }

    /** True when it is fine to close: nothing changed, or the user agrees to lose the changes. */
    public boolean mayClose() {
        return !changed.get() || dialogs.confirm("Discard your changes to the letter template?",
                "The changes you made to the letter template have not been saved.", "Discard");
    }

    public StringProperty senderNameProperty() {
        return senderName;
    }

    public StringProperty senderAddressProperty() {
        return senderAddress;
    }

    public StringProperty senderPhoneProperty() {
        return senderPhone;
    }

    public StringProperty senderEmailProperty() {
        return senderEmail;
    }

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty noNameGreetingProperty() {
        return noNameGreeting;
    }

    public StringProperty signatureNameProperty() {
        return signatureName;
    }

    public StringProperty signatureRoleProperty() {
        return signatureRole;
    }

    public ReadOnlyStringProperty versionTextProperty() {
        return versionText;
    }

    public BooleanProperty changedProperty() {
        return changed;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ObjectProperty<BufferedImage> previewProperty() {
        return preview;
    }

    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage;
    }
}
