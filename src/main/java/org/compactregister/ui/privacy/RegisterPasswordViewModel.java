package org.compactregister.ui.privacy;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.StaffMember;
import org.compactregister.service.RegisterPasswords;
import org.compactregister.service.Services;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * File > Register password…: asks what to do ({@link RegisterPasswordDialog}), then sets, changes or
 * removes the password in the background (the register is closed, re-encrypted beside itself,
 * renamed into place and opened again; it cannot be stopped half way, and needs no stopping: an end
 * at any moment leaves the old register or the new one). The window then starts over on the
 * reopened register; a refusal is told in words and leaves the register as it was.
 */
public final class RegisterPasswordViewModel {

    /** What the user asked for. */
    public enum Kind { SET, CHANGE, REMOVE }

    /** The dialog's answer: the kind, and the passwords typed (empty where not asked). */
    public record Request(Kind kind, RegisterPassword current, RegisterPassword next, RegisterPassword again) {
    }

    private record Outcome(Services register, Throwable problem) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Services> onReopened;

    public RegisterPasswordViewModel(Services services, TaskExecutor executor, DialogService dialogs,
                                     Consumer<Services> onReopened) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onReopened = onReopened;
    }

    /** Shows the dialog, then applies what was asked. */
    public void open() {
        boolean hasPassword = new RegisterPasswords(services).hasPassword();
        dialogs.showCustomDialog("Register password", () -> new RegisterPasswordDialog(hasPassword))
                .ifPresent(this::apply);
    }

    /** Applies {@code request} in the background (after asking, for a removal). */
    public void apply(Request request) {
        if (request.kind() == Kind.REMOVE && !dialogs.confirm("Remove the register password?",
                "The register file will be decrypted: anyone who has the file can then read it, and backups from "
                        + "now on are not encrypted.", "Remove the password")) {
            return;
        }
        Path file = services.databaseFile();
        StaffMember staff = services.audit().staff();
        RegisterPassword before = services.password().orElse(null);
        String title = switch (request.kind()) {
            case SET -> "Encrypting the register";
            case CHANGE -> "Re-encrypting the register";
            case REMOVE -> "Decrypting the register";
        };
        executor.execute(BackgroundTask.of(title, progress -> {
                    RegisterPasswords passwords = new RegisterPasswords(services);
                    try {
                        return new Outcome(switch (request.kind()) {
                            case SET -> passwords.set(request.next(), request.again());
                            case CHANGE -> passwords.change(request.current(), request.next(), request.again());
                            case REMOVE -> passwords.remove(request.current());
                        }, null);
                    } catch (RuntimeException refused) {
                        // refused before anything was touched (the register is still open), or after it was closed
                        // (then it is as it was, and opens again with its old password)
                        Services still = services.isClosed()
                                ? Services.open(file, services.clock(), staff, before) : services;
                        return new Outcome(still, refused);
                    }
                })
                .onSuccess(outcome -> {
                    if (outcome.register() != services) {
                        onReopened.accept(outcome.register());
                    }
                    if (outcome.problem() != null) {
                        dialogs.showProblem("The register password was not changed", outcome.problem());
                        return;
                    }
                    dialogs.showInformation("Register password", switch (request.kind()) {
                        case SET -> "The register now has a password. Its file is encrypted, and so are its backups "
                                + "from now on. " + RegisterPasswords.FORGOTTEN_MEANS_GONE;
                        case CHANGE -> "The register's password is changed. Backups taken before keep the old "
                                + "password: keep a note of it as long as you keep them.";
                        case REMOVE -> "The register has no password now; its file is not encrypted.";
                    });
                })
                .onFailureShowError(dialogs, "The register could not be opened again"));
    }
}
