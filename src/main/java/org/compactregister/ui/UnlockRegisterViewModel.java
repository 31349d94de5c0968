package org.compactregister.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.StaffMember;
import org.compactregister.service.Services;

/**
 * The screen that asks for the register password before the register opens: {@value #TRIES}
 * tries, each checked in the background; a wrong one is told in words and changes nothing in the
 * file. After the last wrong try the screen says so and offers only to close.
 */
public final class UnlockRegisterViewModel {

    /** How many passwords may be tried before the app closes. */
    public static final int TRIES = 3;

    private final Path file;
    private final Clock clock;
    private final TaskExecutor executor;
    private final BiConsumer<Services, RegisterPassword> opened;
    private final BiConsumer<RegisterDamagedException, RegisterPassword> damaged;

    private final ReadOnlyStringWrapper message;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper gaveUp = new ReadOnlyBooleanWrapper();
    private int triesLeft = TRIES;

    /**
     * @param opened  gets the register and its password once the right one was typed
     * @param damaged gets a register whose password was right but whose file is damaged
     */
    public UnlockRegisterViewModel(Path file, Clock clock, TaskExecutor executor,
                                   BiConsumer<Services, RegisterPassword> opened,
                                   BiConsumer<RegisterDamagedException, RegisterPassword> damaged) {
        this.file = file;
        this.clock = clock;
        this.executor = executor;
        this.opened = opened;
        this.damaged = damaged;
        this.message = new ReadOnlyStringWrapper("The register " + file + " has a password. Type it to open the "
                + "register.");
    }

    /** Tries {@code typed} (which is wiped here) as the register's password, in the background. */
    public void open(char[] typed) {
        RegisterPassword password = RegisterPassword.of(typed);
        Arrays.fill(typed, '\0');
        if (busy.get() || gaveUp.get()) {
            return;
        }
        if (password.isEmpty()) {
            message.set("Type the register's password first.");
            return;
        }
        busy.set(true);
        message.set("Checking the password and opening the register …");
        executor.execute(BackgroundTask.of("Opening the register",
                        progress -> Services.open(file, clock, StaffMember.ofComputerUser(), password))
                .onSuccess(services -> {
                    busy.set(false);
                    opened.accept(services, password);
                })
                .onFailure(problem -> {
                    busy.set(false);
                    if (problem instanceof RegisterPasswordException wrong
                            && wrong.why() == RegisterPasswordException.Why.WRONG) {
                        triesLeft--;
                        password.wipe();
                        if (triesLeft == 0) {
                            gaveUp.set(true);
                            message.set("That was the third wrong password, so Compact Register will close. The "
                                    + "register was not changed; start Compact Register again to try again.");
                        } else {
                            message.set(wrong.getMessage() + " " + triesLeft + (triesLeft == 1 ? " try" : " tries")
                                    + " left.");
                        }
                    } else if (problem instanceof RegisterDamagedException broken) {
                        damaged.accept(broken, password);
                    } else {
                        message.set(Problems.describe(problem));
                    }
                }));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after the last wrong try: only closing is left. */
    public ReadOnlyBooleanProperty gaveUpProperty() {
        return gaveUp.getReadOnlyProperty();
    }
}
