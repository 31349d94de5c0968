package org.compactregister.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.RetentionItem;
import org.compactregister.model.RetentionRules;
import org.compactregister.model.Signatory;
import org.compactregister.persistence.RetentionQueries;
import org.compactregister.scan.ScanListing;
import org.compactregister.scan.ScanService;
import org.compactregister.service.ErasureService;
import org.compactregister.service.FileProblems;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.compactregister.service.Settings;

/**
 * The office's retention periods (settings {@value #PERSONAL_YEARS}, {@value #SCAN_YEARS},
 * {@value #BACKUP_DAYS}), what they make due today, and removing it: personal details are erased
 * (see {@link ErasureService}), scans removed, old automatic backups deleted; each recorded in the
 * audit trail with the rule.
 */
public final class RetentionService {

    public static final String PERSONAL_YEARS = "retention.personal.years-after-withdrawal";
    public static final String SCAN_YEARS = "retention.scans.years-after-acknowledgement";
    public static final String BACKUP_DAYS = "retention.backups.days";

    private final Services services;
    private final Settings settings;
    private final RetentionQueries queries;

    public RetentionService(Services services) {
        this.services = services;
        this.settings = services.settings();
        this.queries = new RetentionQueries(services.database().jdbi());
    }

    /** The periods set (0 where none is). */
    public RetentionRules rules() {
        return new RetentionRules(period(PERSONAL_YEARS, RetentionRules.MAX_YEARS),
                period(SCAN_YEARS, RetentionRules.MAX_YEARS), period(BACKUP_DAYS, RetentionRules.MAX_DAYS));
    }

    private int period(String name, int max) {
        return (int) Math.max(0, Math.min(max, settings.getLong(name, 0)));
    }

    /** Keeps the periods (each change recorded in the audit trail). */
    public void configure(RetentionRules rules) {
        settings.put(PERSONAL_YEARS, Integer.toString(rules.personalYears()));
        settings.put(SCAN_YEARS, Integer.toString(rules.scanYears()));
        settings.put(BACKUP_DAYS, Integer.toString(rules.backupDays()));
    }

    /**
     * What the periods make due today: personal details, then scans (of signatories whose personal
     * details are not due already: erasing those removes their scans too), then automatic backups.
     */
    public List<RetentionItem> due() {
        RetentionRules rules = rules();
        LocalDate today = services.register().today();
        List<RetentionItem> due = new ArrayList<>();
        if (rules.personalYears() > 0) {
            for (Signatory s : queries.withdrawnOnOrBefore(today.minusYears(rules.personalYears()))) {
                due.add(new RetentionItem(RetentionItem.Kind.PERSONAL_DETAILS, s.id(), null, named(s),
                        s.withdrawal().date().plusYears(rules.personalYears()), rules.personalRule()));
            }
        }
        if (rules.scanYears() > 0) {
            java.util.Set<Long> erasing = due.stream().map(RetentionItem::signatoryId)
                    .collect(java.util.stream.Collectors.toSet());
            for (Signatory s : queries.acknowledgedWithScansOnOrBefore(today.minusYears(rules.scanYears()))) {
                if (erasing.contains(s.id())) {
                    continue;
                }
                due.add(new RetentionItem(RetentionItem.Kind.SCANS, s.id(), null, named(s),
                        s.acknowledgedOn().plusYears(rules.scanYears()), rules.scanRule()));
            }
        }
        Optional<Path> folder = new AutomaticBackups(services).folder();
        if (rules.backupDays() > 0 && folder.isPresent() && Files.isDirectory(folder.get())) {
            List<Path> backups = AutomaticBackups.backupsIn(folder.get());
            for (Path backup : backups.subList(0, Math.max(0, backups.size() - 1))) {
                LocalDate taken = takenOn(backup);
                if (!taken.plusDays(rules.backupDays()).isAfter(today)) {
                    due.add(new RetentionItem(RetentionItem.Kind.AUTOMATIC_BACKUP, 0, backup,
                            backup.getFileName().toString(), taken.plusDays(rules.backupDays()), rules.backupRule()));
                }
            }
        }
        return due;
    }

    /**
     * Removes what one item says is due.
     *
     * @throws RefusedException when it could not be removed (say, a backup file in use)
     */
    public void apply(RetentionItem item) {
        switch (item.kind()) {
            case PERSONAL_DETAILS -> new ErasureService(services).erase(item.signatoryId(),
                    "under the retention rule (" + item.rule() + ")");
            case SCANS -> {
                ScanService scans = new ScanService(services);
                for (ScanListing listing : scans.list(item.signatoryId())) {
                    scans.remove(listing.scan());
                }
            }
            case AUTOMATIC_BACKUP -> removeBackup(item);
        }
    }

    /** Removes everything due, one item at a time; returns how many were removed. */
    public int applyAll(Progress progress) {
        List<RetentionItem> due = due();
        int done = 0;
        for (RetentionItem item : due) {
            progress.checkCancelled();
            progress.update(done, due.size(), item.kind().label() + " · " + item.what());
            apply(item);
            done++;
        }
        progress.update(done, due.size(), "Done");
        return done;
    }

    private void removeBackup(RetentionItem item) {
        try {
            Files.deleteIfExists(item.file());
        } catch (IOException e) {
            throw new RefusedException("The automatic backup " + item.file() + " could not be removed: "
                    + FileProblems.reason(e) + ".");
        }
        services.audit().note(AuditDraft.of(AuditAction.BACKUP_REMOVED, null, "Removed " + item.what()
                + " (" + item.rule() + ")"));
    }

    private LocalDate takenOn(Path backup) {
        String name = backup.getFileName().toString();
        return LocalDate.parse(name.substring("register-backup-".length(), "register-backup-".length() + 10));
    }

    private static String named(Signatory s) {
        return s.reference() + " \"" + s.organisation() + "\"";
    }
}
