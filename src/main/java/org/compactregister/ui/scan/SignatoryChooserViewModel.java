package org.compactregister.ui.scan;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.RegisterService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** Finding the signatory a scan belongs to: the signatories whose words start with what was typed. */
public final class SignatoryChooserViewModel {

    private static final int MOST_SHOWN = 30;

    private final RegisterService register;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final String fileName;
    private final ObservableList<Signatory> candidates = FXCollections.observableArrayList();

    public SignatoryChooserViewModel(RegisterService register, TaskExecutor executor, DialogService dialogs,
                                     String fileName) {
        this.register = register;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fileName = fileName;
    }

    /** Looks for the signatories whose words start with {@code text} (at most 30); a failed search is said, not shown as none. */
    public void search(String text) {
        RegisterQuery query = RegisterQuery.everything().withSearchText(text).withLimit(MOST_SHOWN);
        executor.execute(BackgroundTask.of("Searching", progress -> register.search(query))
                .onSuccess(page -> candidates.setAll(page.signatories()))
                .onFailure(problem -> {
                    candidates.clear();
                    dialogs.showProblem("The register could not be searched", problem);
                }));
    }

    /** The name of the scan being filed, for the question the chooser asks. */
    public String fileName() {
        return fileName;
    }

    public ObservableList<Signatory> candidates() {
        return candidates;
    }
}
