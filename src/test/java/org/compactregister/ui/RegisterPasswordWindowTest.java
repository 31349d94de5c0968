package org.compactregister.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.compactregister.model.RegisterPassword;
import org.compactregister.service.RegisterPasswords;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The register password in the real window: the prompt at opening, and File > Register password…. */
class RegisterPasswordWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String PASSWORD = "kettle on at nine";

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(folder -> {
        Services services = Services.open(folder.resolve("register"), CLOCK);
        services.sampleData().fillEmptyRegister(5);
        return services;
    });

    private final AtomicReference<Services> opened = new AtomicReference<>();

    @AfterEach
    void closeWhatTheTestOpened() {
        Services still = opened.get();
        if (still != null) {
            still.close();
        }
    }

    @Test
    void thePromptRefusesAWrongPasswordWithoutTouchingTheFileThenOpensWithTheRightOne(FxRobot robot) throws Exception {
        Path register = window.services().databaseFile();
        window.services().close();
        new RegisterPasswords(Services.open(register, CLOCK)).set(RegisterPassword.of(PASSWORD),
                RegisterPassword.of(PASSWORD)).close();
        byte[] before = Files.readAllBytes(register);
        UnlockRegisterViewModel viewModel = new UnlockRegisterViewModel(register, CLOCK, window.executor(),
                (services, typed) -> opened.set(services), (damaged, typed) -> {
                    throw new AssertionError("not damaged");
                });
        window.show(stage -> {
            stage.setScene(new Scene(UnlockRegisterView.build(viewModel, () -> { }), 600, 300));
            stage.show();
        });
        assertTrue(message(robot).contains("has a password"), message(robot));

        robot.clickOn("#unlock-password").write("kettle on at ten");
        robot.clickOn("#unlock-open");
        window.waitUntil(() -> message(robot).contains("2 tries left"));
        assertTrue(message(robot).startsWith("That is not the password of the register"), message(robot));
        assertFalse(message(robot).contains("Exception"));
        assertArrayEquals(before, Files.readAllBytes(register), "a wrong password leaves the file as it was");
        assertEquals(null, opened.get());

        robot.clickOn("#unlock-password").write(PASSWORD);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        window.waitUntil(() -> opened.get() != null);
        assertEquals(5, opened.get().register().count());
        assertTrue(opened.get().password().isPresent());
    }

    @Test
    void fileRegisterPasswordSetsAPasswordAfterSayingAForgottenOneMeansTheDataIsGone(FxRobot robot) throws Exception {
        Path register = window.services().databaseFile();
        window.show(stage -> new MainWindow(stage, window.services(), window.executor(), opened::set).show());
        robot.clickOn("File").clickOn("Register password…");
        window.waitUntil(() -> robot.lookup("#password-warning").tryQuery().isPresent());
        String warning = robot.lookup("#password-warning").queryAs(Label.class).getText();
        assertTrue(warning.contains("the data is gone"), warning);
        robot.clickOn("#password-new").write(PASSWORD);
        robot.clickOn("#password-again").write(PASSWORD);
        robot.clickOn("Set the password");
        window.waitUntil(() -> opened.get() != null);
        window.waitUntil(() -> robot.lookup("The register now has a password. Its file is encrypted, and so are its "
                + "backups from now on. " + RegisterPasswords.FORGOTTEN_MEANS_GONE).tryQuery().isPresent());
        assertTrue(Services.hasPassword(register));
        assertFalse(new String(Files.readAllBytes(register), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("CREATE TABLE"), "the file is encrypted");
        assertEquals(5, opened.get().register().count());
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#unlock-message").queryAs(Label.class).getText();
    }
}
