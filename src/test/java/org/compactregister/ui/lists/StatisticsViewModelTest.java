package org.compactregister.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.compactregister.list.SectorBreakdown;
import org.compactregister.list.SignatoryStatistics;
import org.compactregister.list.TimeStep;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void countsBySectorAndOverTimeAndSavesTheChartAsPng() throws Exception {
        try (Services services = ListsTestData.register(dir, 120, 6)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            StatisticsViewModel viewModel = new StatisticsViewModel(new SignatoryStatistics(services),
                    new SameThreadTaskExecutor(), dialogs);
            viewModel.refresh();
            SectorBreakdown breakdown = viewModel.breakdownProperty().get();
            assertEquals(114, breakdown.totalCurrent());
            assertEquals(6, breakdown.totalWithdrawn());
            assertEquals("114 organisations are in the Compact now; 6 have withdrawn.", viewModel.summaryProperty().get());
            assertEquals(TimeStep.YEAR, viewModel.overTimeProperty().get().step());
            viewModel.stepProperty().set(TimeStep.MONTH);
            assertEquals(TimeStep.MONTH, viewModel.overTimeProperty().get().step());
            assertEquals("Organisations in the Compact, by sector (signed, less withdrawn)",
                    viewModel.chartTitleProperty().get());
            viewModel.runningTotalProperty().set(false);
            assertEquals("New signatories in each month, by sector", viewModel.chartTitleProperty().get());
            assertFalse(viewModel.loadingProperty().get());

            Path file = dir.resolve("chart.png");
            dialogs.answerFile(file);
            BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            viewModel.saveChart(picture);
            assertEquals(40, ImageIO.read(file.toFile()).getWidth());
            assertEquals("Chart saved as chart.png.", viewModel.messageProperty().get());
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no leftovers");
            }
        }
    }

    @Test
    void sharesAreWrittenAsPercentages() {
        assertEquals("12.5%", StatisticsViewModel.percent(0.125));
        assertEquals("100.0%", StatisticsViewModel.percent(1));
    }
}
