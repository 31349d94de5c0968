package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.RegisterBackup;
import org.compactregister.io.RegisterCsvExport;
import org.compactregister.letter.LetterService;
import org.compactregister.list.SignatoryList;
import org.compactregister.list.SignatoryListService;
import org.compactregister.list.SignatoryStatistics;
import org.compactregister.list.TimeStep;
import org.compactregister.model.Address;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.RetentionRules;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.StaffMember;
import org.compactregister.model.Withdrawal;
import org.compactregister.privacy.RetentionService;
import org.compactregister.privacy.SubjectAccessService;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanService;

/**
 * One step per public service method, in an order that uses one register the way an office does:
 * each step's {@code act} calls its method once (its {@code prepare}, not checked, sets the stage).
 */
final class AuditCoverageSteps {

    interface Action {
        void run(Register r) throws Exception;
    }

    record Step(String method, Action prepare, Action act, Optional<AuditAction> expected,
                Optional<StaffMember> staff) {
    }

    /** The register the steps work on, with what they made along the way. */
    static final class Register implements AutoCloseable {
        final Path dir;
        final StaffMember staff;
        Services services;
        Signatory oak;
        Signatory elm;
        Signatory fir;
        Path backup;
        Object last;

        Register(Path dir, StaffMember staff) {
            this.dir = dir;
            this.staff = staff;
            this.services = Services.open(dir.resolve("register"), RegisterServiceTest.CLOCK, staff);
        }

        Signatory fresh(Signatory s) {
            return services.register().find(s.id()).orElseThrow();
        }

        String tablesWithoutTheTrail() {
            return String.join("\n", RegisterText.of(services).lines()
                    .filter(line -> !line.contains("AUDIT_ENTRY") && !line.contains("AUDIT_CHANGE")).toList());
        }

        List<AuditEntry> entries() {
            return services.audit().find(AuditFilter.everything());
        }

        /** The entries now in the trail that were not in {@code before} (a restore renumbers them, so not by id). */
        List<AuditEntry> entriesBesides(List<AuditEntry> before) {
            Set<AuditEntry> known = new java.util.HashSet<>(before);
            return entries().stream().filter(e -> !known.contains(e)).toList();
        }

        @Override
        public void close() {
            services.close();
        }
    }

    private static final Action NOTHING = r -> { };

    private final Path dir;
    private final StaffMember staff;
    private final List<Step> steps = new ArrayList<>();

    AuditCoverageSteps(Path dir, StaffMember staff) {
        this.dir = dir;
        this.staff = staff;
        define();
    }

    Register open() {
        return new Register(dir, staff);
    }

    List<Step> steps() {
        return steps;
    }

    Set<String> methods() {
        Set<String> methods = new LinkedHashSet<>();
        steps.forEach(step -> methods.add(step.method()));
        return methods;
    }

    private void step(String method, Action act) {
        steps.add(new Step(method, NOTHING, act, Optional.empty(), Optional.empty()));
    }

    private void step(String method, Action prepare, Action act) {
        steps.add(new Step(method, prepare, act, Optional.empty(), Optional.empty()));
    }

    private void expect(String method, AuditAction action, Action act) {
        steps.add(new Step(method, NOTHING, act, Optional.of(action), Optional.empty()));
    }

    static CommitmentForm form(String name, String organisation, LocalDate signed) {
        return new CommitmentForm(name, signed, organisation, new Address("3 Canal Side", "", "Loughborough",
                "LE11 1AA"), "01509 496 000", "", name.toLowerCase().replace(' ', '.') + "@example.org",
                Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(3), HowReceived.POST, "");
    }

    private static Signatory saved(SaveOutcome outcome) {
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).signatory();
    }

    private static org.compactregister.scan.ScanInbox inbox(Register r) {
        return new org.compactregister.scan.ScanInbox(r.services, new ScanService(r.services));
    }

    private static org.compactregister.form.FormService forms(Register r) {
        return new org.compactregister.form.FormService(r.services);
    }

    private static LetterService letters(Register r) {
        return new LetterService(r.services);
    }

    private static ScanService scans(Register r) {
        return new ScanService(r.services);
    }

    private static Path csv(Register r, String name, String organisation) throws Exception {
        Path file = r.dir.resolve(name);
        Files.writeString(file, "Name,Date,On behalf of Organisation,Address,Tel,Email\n"
                + "Marigold Thorne,24/10/2026,\"" + organisation + "\",\"2 Weir Lane, Loughborough LE11 2BB\","
                + "01509 496 111,marigold@example.org\n");
        return file;
    }

    private void define() {
        LocalDate longAgo = LocalDate.of(2020, 3, 2);
        step("SampleDataService#fillEmptyRegister(int)", r -> r.services.sampleData().fillEmptyRegister(3));
        step("RegisterService#today()", r -> r.services.register().today());
        step("RegisterService#check(CommitmentForm)", r -> r.services.register().check(form("A B", "C", longAgo)));
        step("RegisterService#register(CommitmentForm, boolean)", r -> {
            r.oak = saved(r.services.register().register(form("Hester Oakley", "Oakmere Trust", longAgo), true));
            r.elm = saved(r.services.register().register(form("Elias Elmore", "Elmfield Club", longAgo), true));
            r.fir = saved(r.services.register().register(form("Fenella Firth", "Firbank Choir", longAgo), true));
        });
        step("RegisterService#update(Signatory, CommitmentForm, boolean)", r -> r.oak = saved(r.services.register()
                .update(r.oak, r.oak.form().withContact("01509 496 222", "hester@example.org"), true)));
        step("RegisterService#check(CommitmentForm, Signatory)",
                r -> r.services.register().check(r.oak.form().withContact("01509 496 223", "h@example.org"), r.oak));
        step("RegisterService#likelyDuplicates(CommitmentForm, long)",
                r -> r.services.register().likelyDuplicates(r.oak.form(), 0));
        step("RegisterService#search(RegisterQuery)", r -> r.services.register().search(RegisterQuery.everything()));
        step("RegisterService#prepareSearch()", r -> r.services.register().prepareSearch());
        step("RegisterService#find(long)", r -> r.services.register().find(r.oak.id()));
        step("RegisterService#count()", r -> r.services.register().count());
        step("RegisterChanges#subscribe(Consumer)", r -> r.services.changes().subscribe(change -> { }));
        step("RegisterChanges#watchLink(Consumer)", r -> r.services.changes().watchLink(link -> { }));
        step("RegisterChanges#link()", r -> r.services.changes().link());
        step("RegisterChanges#everythingChanged(String, Instant)",
                r -> r.services.changes().everythingChanged("tester", Instant.EPOCH));
        step("RegisterService#markAcknowledged(Collection, LocalDate)",
                r -> r.services.register().markAcknowledged(List.of(r.oak.id()), LocalDate.of(2021, 1, 4)));
        step("RegisterService#withdraw(Signatory, Withdrawal)", r -> r.elm = r.services.register()
                .withdraw(r.fresh(r.elm), new Withdrawal(LocalDate.of(2021, 5, 1), "The club closed")));
        step("RegisterService#receiveAgain(Signatory, CommitmentForm)", r -> r.elm = saved(r.services.register()
                .receiveAgain(r.fresh(r.elm), r.fresh(r.elm).form().withContact("01509 496 333", "elias@example.org"))));
        step("RegisterService#delete(Signatory)",
                r -> r.last = saved(r.services.register().register(form("Gil Doomer", "Mistake Ltd", longAgo), true)),
                r -> r.services.register().delete((Signatory) r.last));

        step("Settings#get(String)", r -> r.services.settings().get("scan.max.megabytes"));
        step("Settings#get(String, String)", r -> r.services.settings().get("scan.max.megabytes", "50"));
        step("Settings#getLong(String, long)", r -> r.services.settings().getLong("scan.max.megabytes", 50));
        step("Settings#put(String, String)", r -> r.services.settings().put("scan.max.megabytes", "40"));
        step("Settings#remove(String)", r -> r.services.settings().remove("scan.max.megabytes"));

        step("ScanService#maxBytes()", r -> scans(r).maxBytes());
        step("ScanService#attach(long, List, Progress)", r -> scans(r).attach(r.oak.id(),
                List.of(ScanFiles.pdf(r.dir.resolve("hester-form.pdf"), 1)), Progress.NONE));
        step("ScanService#attachOne(long, Path)",
                r -> scans(r).attachOne(r.oak.id(), ScanFiles.image(r.dir.resolve("photo.png"), "png", 120, 160)));
        step("ScanService#list(long)", r -> r.last = scans(r).list(r.oak.id()).get(0).scan());
        step("ScanService#turn(Scan, int)", r -> scans(r).turn(scans(r).list(r.oak.id()).get(0).scan(), 90));
        step("ScanService#count(long)", r -> scans(r).count(r.oak.id()));
        step("ScanService#saveCopy(Scan, Path)", r -> scans(r).saveCopy(scans(r).list(r.oak.id()).get(0).scan(),
                r.dir.resolve("copy.pdf")));
        step("ScanService#exportForViewing(Scan)", r -> scans(r).exportForViewing(scans(r).list(r.oak.id()).get(0).scan()));
        step("ScanService#openPages(Scan)", r -> scans(r).openPages(scans(r).list(r.oak.id()).get(0).scan()).close());
        step("ScanService#remove(Scan)", r -> scans(r).remove(scans(r).list(r.oak.id()).get(1).scan()));

        step("ScanInbox#setFolder(Path)", r -> inbox(r).setFolder(Files.createDirectories(r.dir.resolve("inbox"))));
        step("ScanInbox#folder()", r -> inbox(r).folder());
        step("ScanInbox#list()", r -> ScanFiles.pdf(r.dir.resolve("inbox/from-scanner.pdf"), 2),
                r -> r.last = ((org.compactregister.scan.InboxListing.Waiting) inbox(r).list()).files().get(0));
        step("ScanInbox#thumbnail(InboxFile)", r -> inbox(r).thumbnail((org.compactregister.scan.InboxFile) r.last));
        step("ScanInbox#openPages(InboxFile)",
                r -> org.compactregister.scan.ScanInbox.openPages((org.compactregister.scan.InboxFile) r.last).close());
        step("ScanInbox#file(InboxFile, long)",
                r -> inbox(r).file((org.compactregister.scan.InboxFile) r.last, r.fir.id()));
        step("ScanInbox#moveToDone(Path)", r -> inbox(r).moveToDone(
                ScanFiles.pdf(r.dir.resolve("inbox/stray.pdf"), 1)));

        step("LetterService#today()", r -> letters(r).today());
        step("LetterService#currentTemplate()", r -> letters(r).currentTemplate());
        step("LetterService#template(int)", r -> letters(r).template(1));
        step("LetterService#saveTemplate(LetterTemplate)", r -> {
            LetterTemplate t = letters(r).currentTemplate();
            letters(r).saveTemplate(new LetterTemplate(t.version(), t.senderName(), t.senderAddress(), t.senderPhone(),
                    t.senderEmail(), t.logo(), "Your Compact commitment", t.body(), t.noNameGreeting(),
                    t.signatureName(), t.signatureRole()));
        });
        step("LetterService#logoProblem(byte[])", r -> LetterService.logoProblem(null));
        step("LetterService#readLogo(Path)",
                r -> LetterService.readLogo(ScanFiles.image(r.dir.resolve("logo.png"), "png", 200, 60)));
        step("LetterService#outstanding()", r -> letters(r).outstanding());
        step("LetterService#lettersFor(Collection, LocalDate)",
                r -> letters(r).lettersFor(List.of(r.fir), letters(r).today()));
        expect("LetterService#make(List, Progress)", AuditAction.LETTERS_MADE, r -> r.last = letters(r).make(
                letters(r).lettersFor(List.of(r.fresh(r.fir)), letters(r).today()), Progress.NONE));
        expect("LetterService#makeOne(AcknowledgementLetter)", AuditAction.LETTERS_MADE, r -> letters(r).makeOne(
                letters(r).lettersFor(List.of(r.fresh(r.fir)), letters(r).today()).get(0)));
        step("LetterService#confirmationTitle(LetterRun)",
                r -> LetterService.confirmationTitle((org.compactregister.letter.LetterRun) r.last));
        step("LetterService#confirmationQuestion(LetterRun)",
                r -> LetterService.confirmationQuestion((org.compactregister.letter.LetterRun) r.last));
        step("LetterService#savePdf(byte[], Path)", r -> letters(r).savePdf(
                ((org.compactregister.letter.LetterRun) r.last).pdf(), r.dir.resolve("letters.pdf")));
        step("LetterService#confirmSent(Collection)", r -> letters(r).confirmSent(
                letters(r).lettersFor(List.of(r.fresh(r.fir), r.fresh(r.oak)), letters(r).today())));
        step("LetterService#history(long)", r -> letters(r).history(r.fir.id()));
        step("LetterService#asSent(SentLetter)", r -> letters(r).asSent(letters(r).history(r.fir.id()).get(0)));
        expect("LetterService#reprint(SentLetter, Progress)", AuditAction.LETTER_REPRINTED,
                r -> letters(r).reprint(letters(r).history(r.fir.id()).get(0), Progress.NONE));

        step("CsvImportService#preview(Path)", r -> new CsvImportService(r.services).preview(
                csv(r, "one.csv", "Weir Lane Gardeners")));
        step("CsvImportService#preview(Path, ColumnMapping)", r -> {
            CsvImportService imports = new CsvImportService(r.services);
            Path file = csv(r, "one.csv", "Weir Lane Gardeners");
            imports.preview(file, imports.preview(file).mapping());
        });
        step("CsvImportService#importFile(Path, boolean, Progress)", r -> r.last = new CsvImportService(r.services)
                .importFile(csv(r, "one.csv", "Weir Lane Gardeners"), false, Progress.NONE));
        step("CsvImportService#writeReport(ImportReport, Path)", r -> CsvImportService.writeReport(
                (org.compactregister.io.ImportReport) r.last, r.dir.resolve("report.csv")));
        step("CsvImportService#importFile(Path, ColumnMapping, boolean, Progress)", r -> {
            CsvImportService imports = new CsvImportService(r.services);
            Path file = csv(r, "two.csv", "Millrace Youth Theatre");
            imports.importFile(file, imports.preview(file).mapping(), false, Progress.NONE);
        });
        step("RegisterCsvExport#export(Path, Progress)",
                r -> new RegisterCsvExport(r.services).export(r.dir.resolve("export.csv"), Progress.NONE));

        step("AutomaticBackups#folder()", r -> new AutomaticBackups(r.services).folder());
        step("AutomaticBackups#defaultFolderFor(Path)", r -> AutomaticBackups.defaultFolderFor(r.services.databaseFile()));
        step("AutomaticBackups#keep()", r -> new AutomaticBackups(r.services).keep());
        step("AutomaticBackups#configure(Path, int)",
                r -> new AutomaticBackups(r.services).configure(r.dir.resolve("auto"), 5));
        step("AutomaticBackups#runIfEnabled()", r -> new AutomaticBackups(r.services).runIfEnabled());
        step("AutomaticBackups#runIfEnabled(Progress)", r -> new AutomaticBackups(r.services).runIfEnabled(Progress.NONE));
        step("AutomaticBackups#latestIn(Path)", r -> AutomaticBackups.latestIn(r.dir.resolve("auto")));
        step("AutomaticBackups#backupsIn(Path)", r -> AutomaticBackups.backupsIn(r.dir.resolve("auto")));
        step("RegisterBackup#backUp(Path)", r -> new RegisterBackup(r.services).backUp(r.backup = r.dir.resolve("b.zip")));
        step("RegisterBackup#backUp(Path, Progress)",
                r -> new RegisterBackup(r.services).backUp(r.dir.resolve("b2.zip"), Progress.NONE));
        step("RegisterBackup#inspect(Path)", r -> RegisterBackup.inspect(r.backup));
        steps.add(new Step("RegisterBackup#restore(Path, Path)",
                r -> saved(r.services.register().register(form("Ivo Later", "Later Group", longAgo), true)), r -> {
                    Path file = r.services.databaseFile();
                    r.services.close();
                    RegisterBackup.restore(file, r.backup);
                    r.services = Services.open(file, RegisterServiceTest.CLOCK, r.staff);
                }, Optional.of(AuditAction.RESTORED), Optional.of(StaffMember.ofComputerUser())));

        step("RegisterMove#moveRegister(String, char[], Progress)",
                r -> new RegisterMove(r.services).moveRegister(r.dir.resolve("moved").toString(), null, Progress.NONE));
        step("RegisterMove#move(String, String, StaffMember, Clock, Progress)", r -> {
            // the source must be closed for this one: a copy of it, closed, stands in
            Path closed = r.dir.resolve("closed");
            new RegisterMove(r.services).moveRegister(closed.toString(), null, Progress.NONE);
            RegisterMove.move(closed.toString(), r.dir.resolve("moved-again").toString(), r.staff,
                    RegisterServiceTest.CLOCK, Progress.NONE);
        });

        steps.add(new Step("RegisterBackup#restoreOver(Path, Progress)",
                r -> saved(r.services.register().register(form("Ivo Later", "Later Group", longAgo), true)), r -> {
                    new RegisterBackup(r.services).restoreOver(r.backup, Progress.NONE);
                    Path file = r.services.databaseFile();
                    r.services.close();
                    r.services = Services.open(file, RegisterServiceTest.CLOCK, r.staff);
                }, Optional.of(AuditAction.RESTORED), Optional.empty()));

        step("SubjectAccessService#find(String)", r -> new SubjectAccessService(r.services).find("hester"));
        step("SubjectAccessService#makePack(String, Path, Progress)", r -> r.last = new SubjectAccessService(r.services)
                .makePack("Hester Oakley", r.dir.resolve("pack.zip"), Progress.NONE));
        step("SubjectAccessService#requests()", r -> new SubjectAccessService(r.services).requests());
        step("SubjectAccessService#markAnswered(SubjectAccessRequest)", r -> new SubjectAccessService(r.services)
                .markAnswered((org.compactregister.model.SubjectAccessRequest) r.last));
        step("SubjectAccessService#log(SubjectAccessRequest)", r -> new SubjectAccessService(r.services).log(
                new org.compactregister.model.SubjectAccessRequest(0, "Elias Elmore", List.of(r.elm.reference()),
                        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), null, "t.audit")));

        step("RetentionService#rules()", r -> new RetentionService(r.services).rules());
        step("RetentionService#configure(RetentionRules)",
                r -> new RetentionService(r.services).configure(new RetentionRules(1, 1, 1)));
        step("RetentionService#due()", r -> assertFalse(new RetentionService(r.services).due().isEmpty()));
        step("RetentionService#apply(RetentionItem)",
                r -> new RetentionService(r.services).apply(new RetentionService(r.services).due().get(0)));
        step("RetentionService#applyAll(Progress)", r -> new RetentionService(r.services).applyAll(Progress.NONE));

        step("ErasureService#erase(long, String)", r -> new ErasureService(r.services).erase(r.fir.id(), "on request"));
        step("ErasureService#erasedIds()", r -> new ErasureService(r.services).erasedIds());
        step("ErasureService#eraseAgainFromLedger()", r -> new ErasureService(r.services).eraseAgainFromLedger());
        step("ErasureService#ledgerFile(Path)", r -> ErasureService.ledgerFile(r.services.databaseFile()));

        step("FormService#wording()", r -> forms(r).wording());
        step("FormService#saveWording(FormWording)", r -> forms(r).saveWording(new org.compactregister.form.FormWording(
                "We commit to the Compact of Brackenfold.", "Compact Office, 1 Town Hall Square, Brackenfold LE1 1AA")));
        step("FormService#newBlankForms(int)", r -> r.last = forms(r).newBlankForms(2));
        step("FormService#formFor(Signatory)", r -> forms(r).formFor(r.fresh(r.oak)));
        step("FormService#formsFor(List)", r -> forms(r).formsFor(List.of(r.oak.reference())));
        step("FormService#known(CommitmentForm)", r -> org.compactregister.form.FormService.known(r.fresh(r.oak).form()));
        step("FormService#pdf(List, boolean, Progress)", r -> r.last = forms(r).pdf(
                forms(r).formsFor(List.of(r.oak.reference())), false, Progress.NONE));
        step("FormService#savePdf(byte[], Path)", r -> forms(r).savePdf((byte[]) r.last, r.dir.resolve("forms.pdf")));
        step("FormService#owner(FormReference)",
                r -> forms(r).owner(org.compactregister.form.FormReference.signatory(r.oak.id())));
        step("FormService#blankFormEntered(FormReference, Signatory)", r -> forms(r).blankFormEntered(
                forms(r).newBlankForms(1).get(0).reference(), r.fresh(r.oak)));

        SignatoryList list = new SignatoryList(null, null, null);
        step("SignatoryListService#count(SignatoryListFilter)",
                r -> new SignatoryListService(r.services).count(SignatoryListFilter.current()));
        step("SignatoryListService#pdf(SignatoryList, Progress)",
                r -> r.last = new SignatoryListService(r.services).pdf(list, Progress.NONE));
        step("SignatoryListService#writePdf(SignatoryList, OutputStream, Progress)",
                r -> new SignatoryListService(r.services).writePdf(list, new ByteArrayOutputStream(), Progress.NONE));
        step("SignatoryListService#writeCsv(SignatoryList, OutputStream, Progress)",
                r -> new SignatoryListService(r.services).writeCsv(list, new ByteArrayOutputStream(), Progress.NONE));
        step("SignatoryListService#savePdf(SignatoryList, Path, Progress)",
                r -> new SignatoryListService(r.services).savePdf(list, r.dir.resolve("list.pdf"), Progress.NONE));
        step("SignatoryListService#exportCsv(SignatoryList, Path, Progress)",
                r -> new SignatoryListService(r.services).exportCsv(list, r.dir.resolve("list.csv"), Progress.NONE));
        step("SignatoryListService#savePdf(byte[], Path)",
                r -> new SignatoryListService(r.services).savePdf((byte[]) r.last, r.dir.resolve("list2.pdf")));
        step("SignatoryListService#today()", r -> new SignatoryListService(r.services).today());
        step("SignatoryStatistics#bySector()", r -> new SignatoryStatistics(r.services).bySector());
        step("SignatoryStatistics#byStatus()", r -> new SignatoryStatistics(r.services).byStatus());
        step("SignatoryStatistics#firstSigned()", r -> new SignatoryStatistics(r.services).firstSigned());
        step("SignatoryStatistics#lastSigned()", r -> new SignatoryStatistics(r.services).lastSigned());
        step("SignatoryStatistics#overTime(TimeStep)", r -> new SignatoryStatistics(r.services).overTime(TimeStep.MONTH));
        registerPassword();
    }

    /** Last, so that every step before runs on a register without a password, and the register ends without one. */
    private void registerPassword() {
        RegisterPassword first = RegisterPassword.of("kettle on at nine");
        RegisterPassword second = RegisterPassword.of("blue door third step");
        step("RegisterPasswords#hasPassword()", r -> assertFalse(new RegisterPasswords(r.services).hasPassword()));
        expect("RegisterPasswords#set(RegisterPassword, RegisterPassword)", AuditAction.PASSWORD_CHANGED,
                r -> r.services = new RegisterPasswords(r.services).set(first, first));
        step("RegisterBackup#needsPassword(Path)", r -> {
            new RegisterBackup(r.services).backUp(r.backup = r.dir.resolve("locked.zip"));
            assertTrue(RegisterBackup.needsPassword(r.backup));
        });
        step("RegisterBackup#inspect(Path, RegisterPassword)", r -> RegisterBackup.inspect(r.backup, first));
        steps.add(new Step("RegisterBackup#restore(Path, Path, RegisterPassword)", NOTHING, r -> {
            Path file = r.services.databaseFile();
            r.services.close();
            RegisterBackup.restore(file, r.backup, first);
            r.services = Services.open(file, RegisterServiceTest.CLOCK, r.staff, first);
        }, Optional.of(AuditAction.RESTORED), Optional.of(StaffMember.ofComputerUser())));
        expect("RegisterPasswords#change(RegisterPassword, RegisterPassword, RegisterPassword)",
                AuditAction.PASSWORD_CHANGED, r -> r.services = new RegisterPasswords(r.services).change(first, second,
                        second));
        expect("RegisterPasswords#remove(RegisterPassword)", AuditAction.PASSWORD_CHANGED,
                r -> r.services = new RegisterPasswords(r.services).remove(second));
    }
}
