package org.compactregister.cli;

import org.compactregister.service.Progress;

import org.compactregister.model.RegisterLocation;

import java.io.Console;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.DamagedRegister;
import org.compactregister.io.RegisterBackup;
import org.compactregister.io.RestoreWording;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: replaces the register with a backup, after saying what will be replaced. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the register with a backup made by the backup command or the app.",
            "Asks first, on the terminal; without a terminal, add --yes."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Option(names = "--yes", description = "Replace the register without asking.")
    boolean yes;

    @Spec
    CommandSpec spec;

    private final Supplier<Console> console;

    public RestoreCommand() {
        this(System::console);
    }

    RestoreCommand(Supplier<Console> console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (database.location() instanceof RegisterLocation.Server) {
            return restoreOnServer();
        }
        String confirmation;
        Path file;
        boolean damaged = false;
        RegisterPassword password;
        BackupSummary summary;
        try (Services services = database.open()) {
            file = services.databaseFile();
            password = services.password().orElse(null);
            summary = inspect(password);
            password = backupPassword == null ? password : backupPassword;
            confirmation = RestoreWording.confirmation(file, services.register().count(), summary);
        } catch (RegisterDamagedException unreadable) {
            file = unreadable.file();
            damaged = true;
            password = database.password();
            summary = inspect(password);
            password = backupPassword == null ? password : backupPassword;
            confirmation = RestoreWording.confirmationOverDamaged(file, summary);
        }
        TerminalQuestion.confirm(console, yes, "nothing was restored", "replace the register", confirmation,
                "Type yes to replace it: ");
        if (damaged) {
            spec.commandLine().getOut().println(new DamagedRegister(file, password).restore(backup).describe());
            return 0;
        }
        BackupSummary restored = RegisterBackup.restore(file, backup, password);
        spec.commandLine().getOut().println("Restored " + restored.signatories()
                + (restored.signatories() == 1 ? " signatory" : " signatories") + " from " + backup + " into "
                + file + "." + restored.erasedAgainNote()
                + (backupPassword == null ? "" : " The register now has the password the backup was made with."));
        return 0;
    }

    /** The password of a backup made under another password than the register's, when one was asked for. */
    private RegisterPassword backupPassword;

    /**
     * Checks the backup, with the register's password when it needs one; a backup made under another
     * password asks for that one ({@code COMPACT_REGISTER_BACKUP_PASSWORD}, or on the terminal).
     */
    private BackupSummary inspect(RegisterPassword registerPassword) {
        if (!RegisterBackup.needsPassword(backup)) {
            return RegisterBackup.inspect(backup);
        }
        if (registerPassword != null) {
            try {
                return RegisterBackup.inspect(backup, registerPassword);
            } catch (RegisterPasswordException otherPassword) {
                // made under another password: ask for that one below
            }
        }
        backupPassword = PasswordPrompt.ask(PasswordPrompt.BACKUP_VARIABLE, "Password of the backup "
                + backup.getFileName() + ": ", "The backup " + backup.getFileName() + " was made of a register with "
                + "a password, and restores only with it");
        return RegisterBackup.inspect(backup, backupPassword);
    }

    /**
     * A shared register on a server is restored in place, in one transaction on the server (its file
     * cannot be swapped): from a backup taken on either engine.
     */
    private int restoreOnServer() {
        try (Services services = database.open()) {
            BackupSummary summary = RegisterBackup.inspect(backup);
            String confirmation = RestoreWording.confirmationOnServer(services.location().describe(),
                    services.register().count(), summary);
            TerminalQuestion.confirm(console, yes, "nothing was restored", "replace the register", confirmation,
                    "Type yes to replace it: ");
            BackupSummary restored = new RegisterBackup(services).restoreOver(backup, Progress.NONE);
            spec.commandLine().getOut().println("Restored " + restored.signatories()
                    + (restored.signatories() == 1 ? " signatory" : " signatories") + " from " + backup + " into "
                    + services.location().describe() + "." + restored.erasedAgainNote());
            return 0;
        }
    }
}
