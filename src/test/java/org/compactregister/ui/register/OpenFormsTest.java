package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the register finds the open forms that hold unsaved typing, wherever they were opened from. */
class OpenFormsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SignatoryFormViewModel> shown = new ArrayList<>();
    private OpenForms forms;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
        forms = new OpenForms(dialogs, shown::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private SignatoryFormViewModel newForm() {
        return new SignatoryFormViewModel(services.register(), new SameThreadTaskExecutor(), dialogs, null);
    }

    @Test
    void untouchedFormsLetTheRegisterCloseWithoutAsking() {
        forms.open(newForm());
        forms.open(newForm());

        assertEquals(2, shown.size(), "each form is shown in its window");
        assertEquals(0, forms.unsavedCount());
        assertTrue(forms.mayCloseRegister());
        assertTrue(dialogs.shown().isEmpty(), "nothing asked");
    }

    @Test
    void typingThatWasNotSavedIsFoundAndTheUserDecides() {
        SignatoryFormViewModel typedIn = newForm();
        SignatoryFormViewModel alsoTypedIn = newForm();
        forms.open(typedIn);
        forms.track(alsoTypedIn);
        typedIn.organisationProperty().set("Kestrel Park Women's Network");
        alsoTypedIn.notesProperty().set("Rang on Monday.");

        assertEquals(2, forms.unsavedCount(), "a form shown elsewhere (the scan inbox) counts too");
        dialogs.answerConfirm(false);
        assertFalse(forms.mayCloseRegister());
        assertEquals("Close without saving?", dialogs.last().title());
        assertEquals("2 commitment forms have typing that was not saved. Close the register and lose it?",
                dialogs.last().message());

        alsoTypedIn.closed();
        dialogs.answerConfirm(true);
        assertTrue(forms.mayCloseRegister());
        assertEquals("A commitment form has typing that was not saved. Close the register and lose it?",
                dialogs.last().message());

        typedIn.closed();
        assertEquals(0, forms.unsavedCount(), "a closed window's form is no longer asked about");
    }
}
