package org.compactregister.ui.io;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.service.MoveReport;
import org.compactregister.service.RegisterMove;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * Tools > Move the register to…: where to (a new register file), then the move as a background task
 * with its progress, a Cancel that stops it (leaving nothing behind), and the outcome of the check in
 * words. The open register stays open and unchanged throughout.
 */
public final class MoveRegisterViewModel {

    /** Where the outcome stands, for the view's styling. */
    public enum Outcome { NONE, MOVED, NOT_MOVED }

    private final RegisterMove move;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty toServer = new SimpleBooleanProperty(false);
    private final StringProperty serverAddress = new SimpleStringProperty("postgresql://");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper cancellable =
            new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private BackgroundTask<MoveReport> task;

    public MoveRegisterViewModel(RegisterMove move, TaskExecutor executor, DialogService dialogs) {
        this.move = move;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Asks for the new register file. */
    public void chooseFile() {
        dialogs.chooseFileToSave("Move the register to a new file", "compact-register-moved.mv.db",
                "Register files", "*.mv.db").ifPresent(target::set);
    }

    /**
     * Starts the move to the chosen place: the new file, or (when {@link #toServerProperty()}) the
     * database on a server named by {@link #serverAddressProperty()}, signed in with the password typed
     * (when none: {@code PGPASSWORD} or the {@code .pgpass} file); it is used for this move only and
     * never stored. Says so in words when no place is given yet.
     */
    public void move() {
        String to = toServer.get() ? serverAddress.get().strip() : target.get() == null ? null : target.get().toString();
        if (to == null || to.isEmpty() || to.equals("postgresql://")) {
            outcome.set(Outcome.NOT_MOVED);
            result.set(toServer.get() ? "Type the server's address first: postgresql://server/database"
                    : "Choose where to move the register first.");
            return;
        }
        char[] secret = password.get().isEmpty() ? null : password.get().toCharArray();
        if (running.get()) {
            return;
        }
        result.set("");
        outcome.set(Outcome.NONE);
        progress.set(0);
        task = BackgroundTask.of("Moving the register", work -> move.moveRegister(to, secret, work));
        task.progressProperty().addListener((obs, old, now) -> progress.set(Math.max(0, now.doubleValue())));
        task.messageProperty().addListener((obs, old, now) -> message.set(now));
        cancellable.bind(task.cancellableProperty());
        running.set(true);
        executor.execute(task
                .onFinished(() -> running.set(false))
                .onSuccess(report -> {
                    outcome.set(Outcome.MOVED);
                    progress.set(1);
                    message.set("Done");
                    result.set(report.inWords());
                    password.set("");
                })
                .onCancelled(() -> {
                    outcome.set(Outcome.NOT_MOVED);
                    message.set("Cancelled");
                    result.set("The move was cancelled: nothing was kept in " + to + ". This register is unchanged.");
                    password.set("");
                })
                .onFailure(problem -> {
                    outcome.set(Outcome.NOT_MOVED);
                    message.set("Not moved");
                    result.set(Problems.describe(problem));
                }));
    }

    /** Stops a move under way; it keeps nothing of what it had copied. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Whether the register moves to a server (else to a new file). */
    public BooleanProperty toServerProperty() {
        return toServer;
    }

    /** The server's address as typed: {@code postgresql://server[:port]/database[?user=NAME]}. */
    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    /** The server login's password as typed, or empty for {@code PGPASSWORD} or the {@code .pgpass} file. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    /** False once a running move is committing the checked copy: Cancel is refused (and greyed) then. */
    public javafx.beans.property.ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The check's outcome in words, or why nothing was moved. */
    public StringProperty resultProperty() {
        return result;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }
}
