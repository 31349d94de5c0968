package org.compactregister.ui.lists;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.compactregister.list.SectorBreakdown;
import org.compactregister.list.SectorCount;
import org.compactregister.list.SignaturesOverTime;
import org.compactregister.list.TimeStep;
import org.compactregister.ui.ScreenFit;

/**
 * The statistics window: a table of signatories by sector and a chart of signatories over time,
 * drawn with JavaFX's own charts.
 */
public final class StatisticsView {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    /** One line of the sector table; the last is the total. */
    record Row(String sector, int current, String share, int withdrawn, int total, boolean isTotal) {
    }

    private final StatisticsViewModel viewModel;
    private final Stage stage = new Stage();
    private final TableView<Row> table = new TableView<>();
    private final StackPane chartHolder = new StackPane();
    private XYChart<Number, Number> chart;

    public StatisticsView(StatisticsViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.setTitle("Statistics");
        Label heading = new Label("Signatories by sector");
        heading.getStyleClass().add("statistics-heading");
        Label summary = new Label();
        summary.setId("statistics-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label overTime = new Label("Signatories over time");
        overTime.getStyleClass().add("statistics-heading");
        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        VBox root = new VBox(10, heading, summary, table(), overTime, controls(), chartHolder);
        root.getStyleClass().add("statistics");
        Scene scene = ScreenFit.scene(root, 1000, 820);
        scene.getStylesheets().add(StatisticsView.class.getResource("lists.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(600);
        viewModel.breakdownProperty().addListener((obs, old, now) -> showBreakdown(now));
        viewModel.overTimeProperty().addListener((obs, old, now) -> showChart());
        viewModel.runningTotalProperty().addListener((obs, old, now) -> showChart());
        showChart();
    }

    public void show() {
        stage.show();
        viewModel.refresh();
    }

    public Stage stage() {
        return stage;
    }

    private Node table() {
        table.setId("statistics-table");
        table.getStyleClass().add("statistics-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Sector", 320, Row::sector),
                column("In the Compact now", 170, r -> COUNT.format(r.current())),
                column("Share", 110, Row::share),
                column("Withdrawn", 110, r -> COUNT.format(r.withdrawn())),
                column("All who signed", 120, r -> COUNT.format(r.total()))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.isTotal()) {
                    getStyleClass().add("total-row");
                }
            }
        });
        table.setPlaceholder(new Label("No signatories yet."));
        table.setFixedCellSize(30);
        table.setPrefHeight(30 * 7 + 4);
        table.setMinHeight(30 * 7 + 4);
        return table;
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (!title.equals("Sector")) {
            column.getStyleClass().add("number-column");
        }
        return column;
    }

    private void showBreakdown(SectorBreakdown breakdown) {
        List<Row> rows = new ArrayList<>();
        for (SectorCount sector : breakdown.sectors()) {
            rows.add(new Row(sector.label(), sector.current(), StatisticsViewModel.percent(breakdown.shareOfCurrent(sector)),
                    sector.withdrawn(), sector.total(), false));
        }
        if (!rows.isEmpty()) {
            rows.add(new Row("All sectors", breakdown.totalCurrent(),
                    breakdown.totalCurrent() == 0 ? "" : StatisticsViewModel.percent(1), breakdown.totalWithdrawn(),
                    breakdown.total(), true));
        }
        table.getItems().setAll(rows);
        double height = Math.max(rows.size(), 1) * table.getFixedCellSize() + 44;
        table.setPrefHeight(height);
        table.setMinHeight(height);
    }

    private Node controls() {
        ComboBox<TimeStep> step = new ComboBox<>();
        step.setId("statistics-step");
        step.getItems().setAll(TimeStep.values());
        step.valueProperty().bindBidirectional(viewModel.stepProperty());
        ToggleGroup what = new ToggleGroup();
        RadioButton running = new RadioButton("Running total");
        running.setId("statistics-running-total");
        running.setToggleGroup(what);
        RadioButton perPeriod = new RadioButton("New signatories in each period");
        perPeriod.setId("statistics-per-period");
        perPeriod.setToggleGroup(what);
        (viewModel.runningTotalProperty().get() ? running : perPeriod).setSelected(true);
        what.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.runningTotalProperty().set(now == running);
            }
        });
        Button save = new Button("Save chart as PNG…");
        save.setId("statistics-save-chart");
        save.setOnAction(event -> saveChart());
        save.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.overTimeProperty().get() == null || viewModel.overTimeProperty().get().isEmpty(),
                viewModel.overTimeProperty()));
        Label message = new Label();
        message.getStyleClass().add("hint");
        message.textProperty().bind(viewModel.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(12, step, running, perPeriod, spacer, message, save);
        controls.getStyleClass().add("chart-controls");
        return controls;
    }

    private void showChart() {
        SignaturesOverTime data = viewModel.overTimeProperty().get();
        boolean runningTotal = viewModel.runningTotalProperty().get();
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(runningTotal ? "Organisations" : "New signatories");
        y.setForceZeroInRange(true);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? COUNT.format(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        XYChart<Number, Number> next;
        if (runningTotal) {
            StackedAreaChart<Number, Number> area = new StackedAreaChart<>(x, y);
            area.setCreateSymbols(false);
            next = area;
        } else {
            LineChart<Number, Number> line = new LineChart<>(x, y);
            line.setCreateSymbols(data == null || data.periodStarts().size() <= 40);
            next = line;
        }
        next.setId("statistics-chart");
        next.setAnimated(false);
        next.titleProperty().bind(viewModel.chartTitleProperty());
        if (data != null && !data.isEmpty()) {
            List<String> labels = data.periodLabels();
            x.setAutoRanging(false);
            x.setLowerBound(0);
            x.setUpperBound(Math.max(1, labels.size() - 1));
            x.setMinorTickVisible(false);
            int every = data.step() == TimeStep.YEAR ? 1 : Math.max(1, (int) Math.ceil(labels.size() / 12.0 / 12.0) * 12);
            if (data.step() == TimeStep.MONTH && labels.size() <= 24) {
                every = 3;
            }
            x.setTickUnit(every);
            x.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    int index = (int) Math.round(value.doubleValue());
                    return Math.abs(value.doubleValue() - index) < 1e-6 && index >= 0 && index < labels.size()
                            ? labels.get(index) : "";
                }

                @Override
                public Number fromString(String text) {
                    return labels.indexOf(text);
                }
            });
            for (SignaturesOverTime.SectorSeries sector : data.series()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(sector.label());
                List<Integer> values = runningTotal ? sector.inCompact() : sector.signed();
                for (int i = 0; i < values.size(); i++) {
                    series.getData().add(new XYChart.Data<>(i, values.get(i)));
                }
                next.getData().add(series);
            }
        }
        chart = next;
        Label empty = new Label("The chart appears once the register holds signatories.");
        empty.getStyleClass().add("hint");
        empty.setVisible(data != null && data.isEmpty());
        next.setVisible(data != null && !data.isEmpty());
        chartHolder.getChildren().setAll(next, empty);
    }

    private void saveChart() {
        var picture = SwingFXUtils.fromFXImage(chart.snapshot(null, null), null);
        viewModel.saveChart(picture);
    }

    /** For tests: the table rows and the chart as shown. */
    List<Row> rowsForTests() {
        return table.getItems();
    }

    XYChart<Number, Number> chartForTests() {
        return chart;
    }
}
