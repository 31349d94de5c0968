package org.compactregister.ui.shared;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.Services;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.CustomDialog;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * File > Connect to a shared register…: asks for the server, database and login, opens the shared
 * register in the background, and hands it to the window in place of the register open now. What
 * was typed (but the password) is offered again the next time, and after a refusal.
 */
public final class ConnectViewModel {

    /** The dialog's title. */
    public static final String TITLE = "Connect to a shared register";

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final BooleanSupplier mayLeaveCurrent;
    private final Consumer<Services> onConnected;
    private ServerDetails last;
    private Runnable onCancelled = () -> { };
    private Runnable onFailed = () -> { };

    /**
     * @param mayLeaveCurrent asked before connecting: false when the register open now must stay
     *                        (a form holds unsaved typing the user keeps)
     * @param onConnected     gets the shared register once it is open, on the JavaFX thread
     */
    public ConnectViewModel(TaskExecutor executor, DialogService dialogs, Clock clock, RegisterLocation current,
                            BooleanSupplier mayLeaveCurrent, Consumer<Services> onConnected) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.mayLeaveCurrent = mayLeaveCurrent;
        this.onConnected = onConnected;
        String user = System.getProperty("user.name", "");
        this.last = current instanceof RegisterLocation.Server server
                ? new ServerDetails(server.host(), Integer.toString(server.port()), server.database(),
                        server.userOrDefault(), new char[0])
                : new ServerDetails("", "", "", user, new char[0]);
    }

    /**
     * What to do when the user cancels the dialog ({@code onCancelled}), or when the details are
     * refused or the server could not be opened, after the reason is shown ({@code onFailed}): at
     * start-up the window asks again, or ends; from the menu nothing more happens.
     */
    public ConnectViewModel whenNotConnected(Runnable onCancelled, Runnable onFailed) {
        this.onCancelled = onCancelled;
        this.onFailed = onFailed;
        return this;
    }

    /** The details the dialog starts with: the last typed (never a password). */
    public ServerDetails suggested() {
        return new ServerDetails(last.host(), last.port(), last.database(), last.user(), new char[0]);
    }

    /** Asks for the details through {@code dialog}, then connects; nothing happens when cancelled. */
    public void ask(CustomDialog<ServerDetails> dialog) {
        Optional<ServerDetails> details = dialogs.showCustomDialog(TITLE, dialog);
        if (details.isPresent()) {
            connect(details.get());
        } else {
            onCancelled.run();
        }
    }

    /**
     * Connects to the shared register {@code details} names: refused in words when they are
     * incomplete or the server refuses; on success the window shows the shared register.
     */
    public void connect(ServerDetails details) {
        last = new ServerDetails(details.host().strip(), details.port().strip(), details.database().strip(),
                details.user().strip(), new char[0]);
        RegisterLocation.Server server;
        try {
            server = new RegisterLocation.Server(last.host(), port(last.port()), last.database(), last.user());
        } catch (IllegalArgumentException e) {
            clear(details.password());
            dialogs.showError("The shared register was not opened", e.getMessage());
            onFailed.run();
            return;
        }
        if (!mayLeaveCurrent.getAsBoolean()) {
            clear(details.password());
            return;
        }
        char[] password = details.password() == null || details.password().length == 0 ? null
                : details.password().clone();
        clear(details.password());
        executor.execute(BackgroundTask.of("Connecting to " + server.describe(), progress -> {
                    try {
                        return Services.open(server, password, clock);
                    } finally {
                        clear(password);
                    }
                })
                .onSuccess(onConnected)
                .onFailure(problem -> {
                    dialogs.showProblem("The shared register was not opened", problem);
                    onFailed.run();
                }));
    }

    private static int port(String typed) {
        if (typed.isEmpty()) {
            return RegisterLocation.DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The server's port is a number from 1 to 65535 (usually 5432), not \""
                    + typed + "\".");
        }
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
