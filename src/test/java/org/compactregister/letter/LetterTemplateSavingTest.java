package org.compactregister.letter;

import static org.compactregister.letter.LetterFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.compactregister.model.LetterTemplate;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.persistence.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class LetterTemplateSavingTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Services services;
    private LetterService letters;

    @BeforeEach
    void open() {
        services = Services.open(Engines.register(engine, dir), CLOCK);
        letters = new LetterService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static LetterTemplate withBody(LetterTemplate t, String subject, String body) {
        return new LetterTemplate(t.version(), t.senderName(), t.senderAddress(), t.senderPhone(), t.senderEmail(),
                t.logo(), subject, body, t.noNameGreeting(), t.signatureName(), t.signatureRole());
    }

    @Test
    void theShippedTemplateIsVersionOneWithItsLogo() {
        LetterTemplate current = letters.currentTemplate();
        assertEquals(1, current.version());
        assertEquals("Brambleford Council for Voluntary Service", current.senderName());
        assertTrue(current.senderPhone().startsWith("0116 496 0"));
        assertTrue(current.senderEmail().endsWith("@example.org"));
        assertNotNull(current.logo());
        assertEquals(current, letters.currentTemplate(), "asking again does not save it again");
    }

    @Test
    void eachSaveIsTheNextVersionAndTheOldVersionsStay() {
        LetterTemplate first = letters.currentTemplate();
        LetterTemplate second = letters.saveTemplate(withBody(first, "Thank you", "Thank you, {organisation}."));
        assertEquals(2, second.version());
        LetterTemplate third = letters.saveTemplate(withBody(second, "Thank you", "Thanks again, {organisation}."));
        assertEquals(3, third.version());
        assertEquals(third, letters.currentTemplate());
        assertEquals(first.body(), letters.template(1).body());
        assertEquals("Thank you, {organisation}.", letters.template(2).body());
    }

    @Test
    void aTemplateWithAFieldTheRegisterDoesNotKnowIsRefusedAndNotSaved() {
        LetterTemplate first = letters.currentTemplate();
        RefusedException refused = assertThrows(RefusedException.class, () -> letters.saveTemplate(
                withBody(first, "For {organisaton}", "Dear friends at {organisation}, your {membership number}.")));
        assertTrue(refused.getMessage().contains("{organisaton}"), refused.getMessage());
        assertTrue(refused.getMessage().contains("{membership number}"), refused.getMessage());
        assertTrue(refused.getMessage().contains("{date signed}"), "says which fields there are");
        assertEquals(1, letters.currentTemplate().version());

        RefusedException brace = assertThrows(RefusedException.class,
                () -> letters.saveTemplate(withBody(first, "", "Signed on {date signed.")));
        assertTrue(brace.getMessage().contains("brace"), brace.getMessage());
        assertEquals(1, letters.currentTemplate().version());
    }

    @Test
    void fieldsAreKnownWhateverTheirCaseAndSpacing() {
        LetterTemplate saved = letters.saveTemplate(withBody(letters.currentTemplate(), "{Reference}",
                "On { Date  Signed } you signed for {ORGANISATION}."));
        assertEquals(2, saved.version());
    }

    @Test
    void twoPeopleEditingTheTemplateCannotOverwriteEachOther() {
        LetterTemplate opened = letters.currentTemplate();
        letters.saveTemplate(withBody(opened, "One", "First edit for {organisation}."));
        RefusedException refused = assertThrows(RefusedException.class,
                () -> letters.saveTemplate(withBody(opened, "Two", "Second edit for {organisation}.")));
        assertTrue(refused.getMessage().contains("Someone else saved"), refused.getMessage());
    }

    @Test
    void aLogoMustBeAPictureOfSensibleSize() throws Exception {
        Path notAPicture = dir.resolve("logo.png");
        Files.writeString(notAPicture, "this is not a picture");
        RefusedException refused = assertThrows(RefusedException.class, () -> LetterService.readLogo(notAPicture));
        assertTrue(refused.getMessage().contains("PNG or JPEG"), refused.getMessage());

        Path shipped = dir.resolve("letterhead.png");
        Files.write(shipped, DefaultLetterTemplate.shippedImage("letterhead.png"));
        assertArrayEquals(Files.readAllBytes(shipped), LetterService.readLogo(shipped));
    }
}
