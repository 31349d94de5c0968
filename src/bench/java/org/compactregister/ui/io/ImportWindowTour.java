package org.compactregister.ui.io;

import static org.compactregister.ui.TourSteps.after;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.compactregister.io.CsvImportService;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.TourSteps;

/**
 * Not a test: opens the real main window and the import window on a CSV file, and saves pictures
 * of the preview and of the report, for looking at under Xvfb:
 * {@code java -cp ... org.compactregister.ui.io.ImportWindowTour DB CSV OUT_FOLDER}.
 */
public final class ImportWindowTour {

    public static void main(String[] args) {
        TourSteps.launch(Path.of(args[0]), (stage, services, executor) -> {
            RecordingDialogService dialogs = new RecordingDialogService().answerFile(Path.of(args[1]));
            ImportViewModel viewModel = new ImportViewModel(new CsvImportService(services), executor, dialogs, () -> { });
            ImportView view = new ImportView(viewModel, stage);
            view.show();
            File out = new File(args[2]);
            after(1500, () -> snap(view, new File(out, "import-1-empty.png")));
            after(2000, viewModel::chooseFile);
            after(5000, () -> snap(view, new File(out, "import-2-preview.png")));
            after(5500, viewModel::runImport);
            after(10000, () -> snap(view, new File(out, "import-3-report.png")));
            after(10500, () -> {
                RecordingDialogService folderAnswer = new RecordingDialogService().answerFile(Path.of("/srv/office-backups"));
                AutomaticBackupsViewModel backups = new AutomaticBackupsViewModel(
                        new org.compactregister.io.AutomaticBackups(services), executor, folderAnswer);
                new AutomaticBackupsView(backups, stage).show();
                backups.chooseFolder();
                backups.keepProperty().set(14);
            });
            after(12000, () -> snapWindow("Automatic backups", new File(out, "backup-1-automatic.png")));
            after(12500, () -> {
                Path backup = Path.of(args[2], "tour-backup.zip");
                new org.compactregister.io.RegisterBackup(services).backUp(backup);
                org.compactregister.ui.FxDialogService real = new org.compactregister.ui.FxDialogService(stage);
                RecordingDialogService chooser = new RecordingDialogService().answerFile(backup);
                org.compactregister.ui.DialogService mixed = new org.compactregister.ui.DialogService() {
                    public void showError(String t, String m) { real.showError(t, m); }
                    public void showInformation(String t, String m) { real.showInformation(t, m); }
                    public boolean confirm(String t, String m, String c) {
                        after(1500, () -> snapWindow("Replace the register", new File(out, "backup-2-restore-confirm.png")));
                        after(2500, () -> javafx.stage.Window.getWindows().stream()
                                .filter(w -> w instanceof Stage s2 && "Replace the register with this backup?".equals(s2.getTitle()))
                                .findFirst().ifPresent(w -> ((Stage) w).close()));
                        return real.confirm(t, m, c);
                    }
                    public java.util.Optional<Path> chooseFileToSave(String t, String n, String k, String... p) { return chooser.chooseFileToSave(t, n, k, p); }
                    public java.util.Optional<Path> chooseFileToOpen(String t, String k, String... p) { return chooser.chooseFileToOpen(t, k, p); }
                    public java.util.List<Path> chooseFilesToOpen(String t, String k, String... p) { return java.util.List.of(); }
                    public java.util.Optional<Path> chooseFolder(String t) { return java.util.Optional.empty(); }
                    public <R> java.util.Optional<R> showCustomDialog(String t, org.compactregister.ui.CustomDialog<R> d) { return real.showCustomDialog(t, d); }
                };
                new RegisterFilesViewModel(services, executor, mixed, reopened -> { }).restore();
            });
            after(19000, () -> {
                System.out.println("dialogs: " + dialogs.shown());
                TourSteps.finish(services);
            });
        });
    }

    private static void snapWindow(String titleStart, File file) {
        javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titleStart))
                .findFirst()
                .ifPresent(w -> TourSteps.snap(w.getScene(), file));
    }

    private static void snap(ImportView view, File file) {
        TourSteps.snap(view.stage().getScene(), file);
    }
}
