package org.compactregister.ui.lists;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.compactregister.list.ChartPicture;
import org.compactregister.list.SectorBreakdown;
import org.compactregister.list.SignatoryStatistics;
import org.compactregister.list.SignaturesOverTime;
import org.compactregister.list.TimeStep;
import org.compactregister.model.Plural;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * The statistics screen: signatories by sector (in the Compact now, withdrawn, and each sector's
 * share) and a chart over time, by month or year, as a running total or as new signatories in
 * each period. The chart can be saved as a PNG picture.
 */
public final class StatisticsViewModel {

    private final SignatoryStatistics statistics;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<TimeStep> step = new SimpleObjectProperty<>(TimeStep.YEAR);
    private final BooleanProperty runningTotal = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<SectorBreakdown> breakdown =
            new ReadOnlyObjectWrapper<>(new SectorBreakdown(List.of()));
    private final ReadOnlyObjectWrapper<SignaturesOverTime> overTime = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StatisticsViewModel(SignatoryStatistics statistics, TaskExecutor executor, DialogService dialogs) {
        this.statistics = statistics;
        this.executor = executor;
        this.dialogs = dialogs;
        step.addListener((obs, old, now) -> {
            updateChartTitle();
            loadOverTime();
        });
        runningTotal.addListener((obs, old, now) -> updateChartTitle());
        updateChartTitle();
    }

    /** Counts everything again. */
    public void refresh() {
        loading.set(true);
        executor.execute(BackgroundTask.of("Counting signatories", p -> statistics.bySector())
                .onSuccess(counted -> {
                    breakdown.set(counted);
                    int current = counted.totalCurrent();
                    int withdrawn = counted.totalWithdrawn();
                    summary.set(counted.total() == 0 ? "The register is empty: there is nothing to count yet."
                            : Plural.count(current, "organisation is", "organisations are")
                            + " in the Compact now; " + Plural.count(withdrawn, "has", "have") + " withdrawn.");
                    loadOverTime();
                })
                .onFailure(problem -> {
                    loading.set(false);
                    dialogs.showProblem("The statistics could not be counted", problem);
                }));
    }

    private void loadOverTime() {
        TimeStep chosen = step.get();
        loading.set(true);
        executor.execute(BackgroundTask.of("Counting signatories over time", p -> statistics.overTime(chosen))
                .onSuccess(counted -> {
                    if (chosen == step.get()) {
                        overTime.set(counted);
                        loading.set(false);
                    }
                })
                .onFailure(problem -> {
                    loading.set(false);
                    dialogs.showProblem("The statistics could not be counted", problem);
                }));
    }

    private void updateChartTitle() {
        chartTitle.set(runningTotal.get() ? "Organisations in the Compact, by sector (signed, less withdrawn)"
                : "New signatories in each " + (step.get() == TimeStep.YEAR ? "year" : "month") + ", by sector");
    }

    /** The share of the current signatories, as people write it: "12.5%". */
    public static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }

    /**
     * Asks where to save the chart's picture (taken by the view on the window's thread), then
     * writes the PNG file in the background.
     */
    public void saveChart(BufferedImage picture) {
        String suggested = "compact-signatories-chart-" + LocalDate.now() + ".png";
        dialogs.chooseFileToSave("Save the chart as a picture", suggested, "PNG pictures", "*.png")
                .ifPresent(file -> executor.execute(BackgroundTask.of("Saving the chart", p -> {
                            ChartPicture.savePng(picture, file);
                            return file;
                        })
                        .onSuccess(saved -> message.set("Chart saved as " + saved.getFileName() + "."))
                        .onFailureShowError(dialogs, "The chart was not saved")));
    }

    public ObjectProperty<TimeStep> stepProperty() {
        return step;
    }

    public BooleanProperty runningTotalProperty() {
        return runningTotal;
    }

    public ReadOnlyObjectProperty<SectorBreakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SignaturesOverTime> overTimeProperty() {
        return overTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
