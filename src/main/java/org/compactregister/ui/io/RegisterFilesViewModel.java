package org.compactregister.ui.io;

import org.compactregister.model.RegisterLocation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.RegisterBackup;
import org.compactregister.io.RegisterCsvExport;
import org.compactregister.io.RestoreWording;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.service.Services;
import org.compactregister.ui.AskPasswordDialog;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * The register as a whole file: export it as CSV, back it up now, and restore it from a backup.
 * A restore closes the open register, swaps the file (see {@link RegisterBackup#restore}) and
 * opens it again; the window then starts over on the reopened register.
 */
public final class RegisterFilesViewModel {

    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Services> onReopened;

    public RegisterFilesViewModel(Services services, TaskExecutor executor, DialogService dialogs,
                                  Consumer<Services> onReopened) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onReopened = onReopened;
    }

    public void exportCsv() {
        String name = "compact-register-" + LocalDate.now(services.clock()) + ".csv";
        dialogs.chooseFileToSave("Export the register as CSV", name, "CSV files", "*.csv").ifPresent(out ->
                executor.execute(BackgroundTask.of("Exporting the register",
                                progress -> new RegisterCsvExport(services).export(out, progress))
                        .onSuccess(count -> dialogs.showInformation("Register exported", RestoreWording.signatories(count)
                                + " written to " + out + ". It opens in Excel and other spreadsheets."))
                        .onFailureShowError(dialogs, "The register was not exported")));
    }

    public void backUpNow() {
        String name = "compact-register-backup-" + LocalDate.now(services.clock()) + ".zip";
        dialogs.chooseFileToSave("Back up the register", name, "Register backups", "*.zip").ifPresent(out ->
                executor.execute(BackgroundTask.of("Backing up the register",
                                progress -> new RegisterBackup(services).backUp(out))
                        .onSuccess(summary -> dialogs.showInformation("Register backed up",
                                RestoreWording.signatories(summary.signatories()) + ", their scans and the settings "
                                        + "are in " + summary.file() + ". Keep a copy away from this computer."))
                        .onFailureShowError(dialogs, "The register was not backed up")));
    }

    /** A backup checked, with the password that opens it (the register's, or one asked for; null: none). */
    private record Inspected(BackupSummary backup, int signatoriesNow, RegisterPassword password) {
    }

    private record Restored(Services reopened, BackupSummary summary, Throwable problem) {
    }

    /** Asks for a backup, checks it, says what will be replaced, and (when the user agrees) restores it. */
    public void restore() {
        dialogs.chooseFileToOpen("Restore the register from a backup", "Register backups", "*.zip")
                .ifPresent(backup -> check(backup, services.password().orElse(null), false));
    }

    /**
     * Checks {@code backup} with {@code password} in the background; a backup made under another
     * password than the register's asks for that one (and is then restored with it).
     */
    private void check(Path backup, RegisterPassword password, boolean asked) {
        executor.execute(BackgroundTask.of("Checking the backup",
                        progress -> new Inspected(RegisterBackup.inspect(backup, password), services.register().count(),
                                password))
                .onSuccess(this::confirmAndRestore)
                .onFailure(problem -> {
                    if (problem instanceof RegisterPasswordException locked && (!asked
                            || locked.why() == RegisterPasswordException.Why.WRONG)) {
                        String why = asked ? locked.getMessage() + " Type it again, or cancel."
                                : locked.getMessage() + " Type the password the register had when the backup was "
                                + "taken; the register will have that password after the restore.";
                        dialogs.showCustomDialog("Password of the backup", () -> new AskPasswordDialog(
                                        "The backup " + backup.getFileName() + " has a password", why))
                                .filter(typed -> !typed.isEmpty())
                                .ifPresent(typed -> check(backup, typed, true));
                        return;
                    }
                    dialogs.showProblem("This backup cannot be restored", problem);
                }));
    }

    private void confirmAndRestore(Inspected inspected) {
        if (services.location() instanceof RegisterLocation.Server) {
            restoreOnServer(inspected);
            return;
        }
        String message = RestoreWording.confirmation(services.databaseFile(), inspected.signatoriesNow(),
                inspected.backup());
        if (!dialogs.confirm("Replace the register with this backup?", message, "Replace the register")) {
            return;
        }
        Path database = services.databaseFile();
        Path backup = inspected.backup().file();
        RegisterPassword before = services.password().orElse(null);
        RegisterPassword after = RegisterBackup.needsPassword(backup) ? inspected.password() : before;
        executor.execute(BackgroundTask.of("Restoring the register", progress -> {
                    services.close();
                    BackupSummary summary = null;
                    Throwable problem = null;
                    try {
                        summary = RegisterBackup.restore(database, backup, after);
                    } catch (RuntimeException e) {
                        problem = e;
                    }
                    return new Restored(Services.open(database, services.clock(), services.audit().staff(),
                            problem == null ? after : before), summary, problem);
                })
                .onSuccess(restored -> {
                    onReopened.accept(restored.reopened());
                    if (restored.problem() != null) {
                        dialogs.showProblem("The register was not restored", restored.problem());
                    } else {
                        dialogs.showInformation("Register restored", "The register now holds "
                                + RestoreWording.signatories(restored.summary().signatories()) + ", as in "
                                + backup.getFileName() + "." + restored.summary().erasedAgainNote());
                    }
                })
                .onFailure(problem -> dialogs.showError("The register could not be opened again",
                        Problems.describe(problem) + " Close Compact Register and start it again.")));
    }

    /**
     * A shared register is restored in place on the server, in one transaction (nothing changes when
     * it fails or is cancelled); this program's table and search are told that everything changed.
     */
    private void restoreOnServer(Inspected inspected) {
        String message = RestoreWording.confirmationOnServer(services.location().describe(),
                inspected.signatoriesNow(), inspected.backup());
        if (!dialogs.confirm("Replace the shared register with this backup?", message, "Replace the register")) {
            return;
        }
        Path backup = inspected.backup().file();
        executor.execute(BackgroundTask.of("Restoring the shared register",
                        progress -> new RegisterBackup(services).restoreOver(backup, progress))
                .onSuccess(summary -> dialogs.showInformation("Register restored", "The shared register now holds "
                        + RestoreWording.signatories(summary.signatories()) + ", as in " + backup.getFileName() + "."
                        + summary.erasedAgainNote()))
                .onFailure(problem -> dialogs.showProblem("The register was not restored", problem)));
    }
}
