package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<SignatoryFormViewModel> opened = new ArrayList<>();
    private RegisterViewModel viewModel;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
        viewModel = new RegisterViewModel(services.register(), services.sampleData(), new SameThreadTaskExecutor(), dialogs,
                new OpenForms(dialogs, opened::add));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyRegisterSaysHowToStart() {
        viewModel.refresh();
        assertTrue(viewModel.signatories().isEmpty());
        assertTrue(viewModel.registerEmptyProperty().get());
        assertTrue(viewModel.emptyMessageProperty().get().startsWith("The register is empty."));
        assertEquals("0 signatories in the register.", viewModel.summaryProperty().get());
    }

    @Test
    void theFirstPageReadWhileTheWindowWasBuiltIsShownAsTheDatabaseWouldAnswer() {
        services.sampleData().fillEmptyRegister(300);
        FirstPage early = FirstPage.read(services.register());
        viewModel.refresh(java.util.concurrent.CompletableFuture.completedFuture(early));
        List<Signatory> fromEarly = List.copyOf(viewModel.signatories());
        String summary = viewModel.summaryProperty().get();
        viewModel.refresh();
        assertEquals(viewModel.signatories(), fromEarly);
        assertEquals(viewModel.summaryProperty().get(), summary);
        assertEquals("Showing the first 200 of 300 signatories. Type in the search box to narrow the list.", summary);

        // a first page that failed to be read, or none: the database is asked
        viewModel.refresh(java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("closed")));
        assertEquals(fromEarly, viewModel.signatories());
        viewModel.refresh(java.util.concurrent.CompletableFuture.completedFuture(null));
        assertEquals(fromEarly, viewModel.signatories());
        // one that answers another question than the screen asks now is passed over
        viewModel.searchTextProperty().set("ashcombe");
        viewModel.refresh(java.util.concurrent.CompletableFuture.completedFuture(early));
        assertTrue(viewModel.signatories().stream().allMatch(s -> s.organisation().startsWith("Ashcombe")));
    }

    @Test
    void typingNarrowsTheTableAndFiltersCombine() {
        services.sampleData().fillEmptyRegister(300);
        viewModel.refresh();
        assertEquals(RegisterQuery.DEFAULT_LIMIT, viewModel.signatories().size(), "the table reads a page at a time");
        assertEquals("Showing the first 200 of 300 signatories. Type in the search box to narrow the list.",
                viewModel.summaryProperty().get());

        viewModel.searchTextProperty().set("ashcombe");
        int ashcombe = viewModel.signatories().size();
        assertTrue(ashcombe > 0 && ashcombe < 300);
        assertTrue(viewModel.signatories().stream().allMatch(s -> s.organisation().startsWith("Ashcombe")));
        assertEquals(ashcombe + " signatories match.", viewModel.summaryProperty().get());

        viewModel.sectorProperty().set(Sector.SOCIAL_ENTERPRISE);
        assertTrue(viewModel.signatories().stream().allMatch(s -> s.form().sector() == Sector.SOCIAL_ENTERPRISE));
        assertTrue(viewModel.signatories().size() < ashcombe);

        viewModel.searchTextProperty().set("zzzz");
        assertTrue(viewModel.signatories().isEmpty());
        assertTrue(viewModel.emptyMessageProperty().get().startsWith("No signatory matches \"zzzz\" with these filters."),
                viewModel.emptyMessageProperty().get());

        viewModel.clearSearch();
        assertEquals(RegisterQuery.DEFAULT_LIMIT, viewModel.signatories().size());
    }

    @Test
    void sortingIsDoneByTheDatabase() {
        services.sampleData().fillEmptyRegister(50);
        viewModel.sortColumnProperty().set(SortColumn.DATE_SIGNED);
        viewModel.ascendingProperty().set(false);
        LocalDate previous = LocalDate.MAX;
        for (Signatory s : viewModel.signatories()) {
            assertTrue(!s.form().dateSigned().isAfter(previous));
            previous = s.form().dateSigned();
        }
    }

    @Test
    void deleteAsksFirstNamingTheOrganisationAndDoesNothingOnCancel() {
        services.sampleData().fillEmptyRegister(5);
        viewModel.refresh();
        Signatory chosen = viewModel.signatories().get(0);

        dialogs.answerConfirm(false);
        viewModel.delete(chosen);
        assertEquals("Delete " + chosen.organisation() + "?", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("\"" + chosen.organisation() + "\""));
        assertEquals(5, services.register().count());

        dialogs.answerConfirm(true);
        viewModel.delete(chosen);
        assertEquals(4, services.register().count());
        assertEquals(4, viewModel.signatories().size());
    }

    @Test
    void aRefusedWithdrawalIsExplainedAndAGoodOneShowsInTheTable() {
        services.sampleData().fillEmptyRegister(5);
        viewModel.refresh();
        Signatory chosen = viewModel.signatories().get(0);
        viewModel.withdraw(chosen, new Withdrawal(LocalDate.of(2026, 11, 20), ""));
        assertEquals("The withdrawal was not recorded", dialogs.last().title());
        assertEquals("Enter the reason for the withdrawal, as the organisation gave it.", dialogs.last().message());

        viewModel.withdraw(chosen, new Withdrawal(LocalDate.of(2026, 11, 20), "Merged with another group"));
        viewModel.statusProperty().set(Status.WITHDRAWN);
        assertEquals(1, viewModel.signatories().size());
        assertEquals(chosen.id(), viewModel.signatories().get(0).id());
    }

    @Test
    void theWithdrawalDialogIsAskedForTheSelectedSignatoryAndItsAnswerIsRecorded() {
        services.sampleData().fillEmptyRegister(5);
        viewModel.refresh();
        Signatory chosen = viewModel.signatories().get(0);
        viewModel.selectedProperty().set(chosen);

        dialogs.answerCustom(null);
        viewModel.withdrawSelected();
        assertEquals(new RecordingDialogService.Shown("custom", "Record withdrawal", ""), dialogs.last());
        assertEquals(Status.RECEIVED, services.register().find(chosen.id()).orElseThrow().status(),
                "cancelling the dialog records nothing");

        dialogs.answerCustom(new Withdrawal(LocalDate.of(2026, 11, 20), "The group has closed."));
        viewModel.withdrawSelected();
        Signatory withdrawn = services.register().find(chosen.id()).orElseThrow();
        assertEquals(Status.WITHDRAWN, withdrawn.status());
        assertEquals("The group has closed.", withdrawn.withdrawal().reason());
        Signatory shown = viewModel.selectedProperty().get();
        assertEquals(Status.WITHDRAWN, shown.status(), "the table shows the signatory as withdrawn");

        viewModel.withdrawSelected();
        assertEquals("Already withdrawn", dialogs.last().title(), "no second dialog for a withdrawn signatory");
        assertTrue(dialogs.last().message().contains("20 November 2026: The group has closed."), dialogs.last().message());
    }

    @Test
    void openingASignatoryShowsItsFormAsStoredNowAndSavingItRefreshesTheTable() {
        services.sampleData().fillEmptyRegister(5);
        viewModel.refresh();
        Signatory chosen = viewModel.signatories().get(0);
        Signatory changedElsewhere = ((SaveOutcome.Saved) services.register().update(chosen,
                chosen.form().withContact("0116 496 0999", chosen.form().email()), true)).signatory();
        viewModel.selectedProperty().set(chosen);

        viewModel.openSelected();

        assertEquals(1, opened.size());
        SignatoryFormViewModel form = opened.get(0);
        assertEquals(changedElsewhere, form.opened().orElseThrow(), "opened as it is in the database now");
        assertEquals("0116 496 0999", form.telephoneProperty().get());
        form.townProperty().set("Market Harborough");
        form.save(false);
        assertTrue(form.finishedProperty().get(), "the form's window closes once saved");
        assertEquals("Market Harborough", viewModel.selectedProperty().get().form().address().town(),
                "the saved signatory is selected as it is now");
        assertTrue(viewModel.signatories().contains(viewModel.selectedProperty().get()));

        viewModel.openNewForm();
        assertEquals(2, opened.size());
        assertTrue(opened.get(1).opened().isEmpty(), "a new form is empty");
    }

    @Test
    void openingASignatoryDeletedSinceSaysSoAndShowsTheTableAgain() {
        services.sampleData().fillEmptyRegister(5);
        viewModel.refresh();
        Signatory chosen = viewModel.signatories().get(0);
        viewModel.selectedProperty().set(chosen);
        services.register().delete(chosen);

        viewModel.openSelected();

        assertTrue(opened.isEmpty());
        assertEquals("This signatory is no longer in the register", dialogs.last().title());
        assertEquals(4, viewModel.signatories().size());
    }
    @Test
    void theTableFollowsTheRegistersChangesRowByRow() {
        services.sampleData().fillEmptyRegister(30);
        viewModel.listenTo(services.changes());
        viewModel.refresh();
        Signatory row = viewModel.signatories().get(3);
        viewModel.selectedProperty().set(row);
        var alice = org.compactregister.service.OtherStaff.as(services, "alice");

        Signatory changed = ((SaveOutcome.Saved) alice.update(row, row.form().withAddress(
                row.form().address().withPostcode("LE1 9ZZ")), true)).signatory();
        assertEquals(changed, viewModel.signatories().get(3), "the row is replaced where it stands");
        assertEquals(changed, viewModel.selectedProperty().get(), "and stays selected");

        alice.delete(viewModel.signatories().get(0));
        assertEquals("29 signatories in the register.", viewModel.summaryProperty().get());
        alice.markAcknowledged(viewModel.signatories().stream().limit(5).map(Signatory::id).toList(),
                LocalDate.of(2026, 11, 28));
        assertEquals(5, viewModel.signatories().stream().filter(s -> s.status() == Status.ACKNOWLEDGED).count(),
                "several at once: the search is asked again");
    }
}
