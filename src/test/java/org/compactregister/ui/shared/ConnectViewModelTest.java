package org.compactregister.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compactregister.model.Engine;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Connect to a shared register…: against the real test server. */
class ConnectViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Services> connected = new ArrayList<>();
    private boolean mayLeave = true;

    @AfterEach
    void close() {
        connected.forEach(Services::close);
    }

    private ConnectViewModel model() {
        return new ConnectViewModel(new SameThreadTaskExecutor(), dialogs, CLOCK,
                new RegisterLocation.H2File(dir.resolve("register")), () -> mayLeave, connected::add);
    }

    @Test
    void theSharedRegisterOpensSignedInAsTheServersLoginAndThePasswordIsCleared() {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        ConnectViewModel model = model();
        assertEquals(System.getProperty("user.name"), model.suggested().user(), "the computer's user is offered");
        char[] password = "not-needed-here".toCharArray();
        dialogs.answerCustom(new ServerDetails(" " + at.host() + " ", Integer.toString(at.port()), at.database(),
                at.user(), password));

        model.ask(() -> null);

        assertEquals(1, connected.size(), dialogs.shown().toString());
        Services services = connected.get(0);
        assertEquals(Engine.POSTGRESQL, services.location().engine());
        assertEquals(at, services.location());
        assertEquals("postgres", services.staff().name(), "changes are recorded against the server's login");
        assertTrue(Arrays.equals(new char[password.length], password), "the typed password is wiped");
        assertEquals(new ServerDetails(at.host(), Integer.toString(at.port()), at.database(), at.user(), new char[0])
                .toString().replaceAll("\\[C@\\w+", ""), model.suggested().toString().replaceAll("\\[C@\\w+", ""),
                "the details are offered again, without the password");
        assertEquals(0, model.suggested().password().length);
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidInWordsAndTheRegisterOpenNowStays() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        model().connect(new ServerDetails("localhost", Integer.toString(closedPort), "compact", "b.okafor",
                new char[0]));
        assertTrue(connected.isEmpty());
        assertEquals("The shared register was not opened", dialogs.last().title());
        assertTrue(dialogs.last().message().startsWith("The server localhost (port " + closedPort
                + ") could not be reached"), dialogs.last().message());
    }

    @Test
    void atStartUpACancelEndsAndARefusalAsksAgain() {
        List<String> after = new ArrayList<>();
        ConnectViewModel model = model().whenNotConnected(() -> after.add("cancelled"), () -> after.add("failed"));
        dialogs.answerCustom(null);
        model.ask(() -> null);
        dialogs.answerCustom(new ServerDetails("office-pc", "", "", "", new char[0]));
        model.ask(() -> null);
        assertEquals(List.of("cancelled", "failed"), after);
        assertEquals("Say which database on office-pc holds the shared register.", dialogs.last().message());
    }

    @Test
    void incompleteDetailsAreRefusedBeforeAnythingIsTried() {
        ConnectViewModel model = model();
        model.connect(new ServerDetails("office-pc", "54x", "compact", "", new char[0]));
        assertTrue(dialogs.last().message().contains("not \"54x\""), dialogs.last().message());
        model.connect(new ServerDetails("office-pc", "", " ", "", new char[0]));
        assertEquals("Say which database on office-pc holds the shared register.", dialogs.last().message());
        assertTrue(connected.isEmpty());
    }

    @Test
    void unsavedTypingTheUserKeepsStopsTheConnection() {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        mayLeave = false;
        model().connect(new ServerDetails(at.host(), Integer.toString(at.port()), at.database(), at.user(),
                new char[0]));
        assertTrue(connected.isEmpty());
        assertTrue(dialogs.shown().isEmpty(), dialogs.shown().toString());
    }
}
