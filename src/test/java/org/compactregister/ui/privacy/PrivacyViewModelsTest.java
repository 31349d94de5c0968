package org.compactregister.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.Withdrawal;
import org.compactregister.privacy.RetentionService;
import org.compactregister.privacy.SubjectAccessService;
import org.compactregister.service.ErasureService;
import org.compactregister.service.ErasureTestData;
import org.compactregister.service.RegisterChanges;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal data screens' rules, without a window, on a real register. */
class PrivacyViewModelsTest {

    @TempDir
    Path dir;

    private Services services;
    private Signatory oak;
    private Signatory elm;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private int refreshed;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), ErasureTestData.CLOCK, new StaffMember("d.osei"));
        oak = ErasureTestData.fullyUsed(services, dir, "Hester Oakley", "hester@example.org", "Oakmere Trust");
        elm = ErasureTestData.fullyUsed(services, dir.resolve("elm"), "Elias Elmore", "elias@example.org",
                "Elmfield Club");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private AuditViewModel audit(Long signatory) {
        return new AuditViewModel(services.audit(), ErasureTestData.CLOCK.getZone(), executor, dialogs, signatory);
    }

    @Test
    void theAuditFiltersNarrowTheRowsAndTheCsvHoldsWhatIsShown() throws Exception {
        AuditViewModel all = audit(null);
        all.search();
        int everything = all.rows().size();
        all.referenceProperty().set(oak.reference());
        all.actionProperty().set(AuditAction.EDITED);
        all.search();
        assertEquals(List.of("Tel"), all.rows().stream().map(AuditRow::field).toList());
        assertEquals("d.osei", all.rows().get(0).staff());
        assertTrue(all.rows().size() < everything);
        Path csv = dir.resolve("audit.csv");
        dialogs.answerFile(csv);
        all.exportCsv();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(ErasureTestData.phone("Hester Oakley", 1).replace(" ", "")
                .substring(0, 5)) && text.contains("Edited"), text);
        assertFalse(text.contains(elm.reference()));

        all.referenceProperty().set("oak trust");
        all.search();
        assertEquals("error", dialogs.last().kind(), "a reference that is not one is explained");
        all.referenceProperty().set("");
        all.fromProperty().set(LocalDate.of(2026, 12, 1));
        all.toProperty().set(LocalDate.of(2026, 11, 1));
        all.search();
        assertTrue(dialogs.last().message().contains("before the \"from\" date"));
    }

    @Test
    void theHistoryShowsOneSignatorysChangesOnly() {
        AuditViewModel history = audit(oak.id());
        history.search();
        assertFalse(history.rows().isEmpty());
        assertTrue(history.rows().stream().allMatch(row -> row.reference().equals(oak.reference())),
                history.rows().toString());
        assertTrue(history.rows().stream().anyMatch(row -> row.change().startsWith("Edited · Tel: ")));
    }

    @Test
    void theHistoryReadsItsSignatorysChangesAgainWhileItFollowsThem() {
        AuditViewModel history = audit(oak.id());
        history.search();
        int before = history.rows().size();
        RegisterChanges.Subscription following = history.followChanges(services.changes());

        save(oak, "07700 900101");
        assertEquals(before + 1, history.rows().size(), "the save shows at once: " + history.rows());
        assertTrue(history.rows().get(0).change().startsWith("Edited · Tel: "), history.rows().get(0).change());
        save(elm, "07700 900102");
        assertTrue(history.rows().stream().allMatch(row -> row.reference().equals(oak.reference())));

        following.close();
        save(oak, "07700 900103");
        assertEquals(before + 1, history.rows().size(), "once the form is closed it follows nothing");
        history.search();
        assertEquals(before + 2, history.rows().size());
    }

    private void save(Signatory signatory, String telephone) {
        Signatory now = services.register().find(signatory.id()).orElseThrow();
        services.register().update(now, now.form().withContact(telephone, now.form().email()), true);
    }

    @Test
    void erasingAsksFirstThenErasesAndRefreshesTheRegister() {
        ErasureViewModel erasure = new ErasureViewModel(new ErasureService(services), executor, dialogs,
                () -> refreshed++);
        dialogs.answerConfirm(false);
        erasure.erase(oak);
        assertEquals("Hester Oakley", services.register().find(oak.id()).orElseThrow().signatoryName());
        dialogs.answerConfirm(true);
        erasure.erase(oak);
        assertEquals("", services.register().find(oak.id()).orElseThrow().signatoryName());
        assertEquals(1, refreshed);
        assertEquals("Personal data erased", dialogs.last().title());
        dialogs.answerConfirm(true);
        erasure.erase(oak);
        assertTrue(dialogs.last().message().contains("already erased"), dialogs.last().message());
    }

    @Test
    void aRequestMakesThePackLogsItAndIsMarkedAnswered() {
        RequestsViewModel requests = new RequestsViewModel(new SubjectAccessService(services),
                LocalDate.of(2026, 11, 29), executor, dialogs);
        requests.personProperty().set("no one like this");
        requests.makePack();
        assertEquals("Nobody found", dialogs.last().title());
        requests.personProperty().set("hester@example.org");
        Path pack = dir.resolve("pack.zip");
        dialogs.answerFile(pack);
        requests.makePack();
        assertTrue(Files.exists(pack));
        assertTrue(dialogs.last().message().contains("due 29/12/2026"), dialogs.last().message());
        assertEquals(1, requests.requests().size());
        assertEquals("Open, due 29/12/2026", requests.state(requests.requests().get(0)));
        requests.selectedProperty().set(requests.requests().get(0));
        requests.markAnswered();
        assertEquals("Answered 29/11/2026", requests.state(requests.requests().get(0)));
        assertTrue(requests.summaryProperty().get().startsWith("0 requests are open"));
    }

    @Test
    void retentionPeriodsAreCheckedAndWhatIsDueIsRemovedAfterAsking() {
        services.register().withdraw(services.register().find(elm.id()).orElseThrow(),
                new Withdrawal(elm.form().dateSigned().plusDays(2), "Closed"));
        RetentionViewModel retention = new RetentionViewModel(new RetentionService(services), executor, dialogs,
                () -> refreshed++);
        retention.load();
        assertEquals("Nothing is due under these periods.", retention.summaryProperty().get());
        retention.personalYearsProperty().set("six");
        retention.savePeriods();
        assertTrue(dialogs.last().message().contains("Personal details: type a whole number"), dialogs.last().message());
        services.close();
        services = Services.open(dir.resolve("register"), java.time.Clock.fixed(java.time.Instant.parse(
                "2028-06-01T10:00:00Z"), ErasureTestData.CLOCK.getZone()), new StaffMember("d.osei"));
        retention = new RetentionViewModel(new RetentionService(services), executor, dialogs, () -> refreshed++);
        retention.personalYearsProperty().set("1");
        retention.scanYearsProperty().set("1");
        retention.backupDaysProperty().set("0");
        retention.savePeriods();
        assertEquals(List.of("Personal details · " + elm.reference() + " \"Elmfield Club\"",
                        "Scans · " + oak.reference() + " \"Oakmere Trust\""),
                retention.due().stream().map(i -> i.kind().label() + " · " + i.what()).toList());
        assertTrue(retention.due().get(0).rule().contains("1 year after withdrawal"));
        retention.selectedProperty().set(retention.due().get(0));
        dialogs.answerConfirm(false);
        retention.applySelected();
        assertEquals(2, retention.due().size(), "nothing removed without a yes");
        dialogs.answerConfirm(true);
        retention.applySelected();
        assertEquals("", services.register().find(elm.id()).orElseThrow().signatoryName());
        assertTrue(services.audit().about(elm.id()).get(0).summary().contains("under the retention rule"));
        dialogs.answerConfirm(true);
        retention.applyAll();
        assertTrue(retention.due().isEmpty());
        assertEquals(0, new org.compactregister.scan.ScanService(services).count(oak.id()));
        assertEquals(2, refreshed);
    }
}
