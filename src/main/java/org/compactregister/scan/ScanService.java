package org.compactregister.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.FieldChange;
import org.compactregister.model.FileSize;
import org.compactregister.model.Plural;
import org.compactregister.model.Scan;
import org.compactregister.model.Signatory;
import org.compactregister.persistence.NewScan;
import org.compactregister.persistence.ScanAddition;
import org.compactregister.persistence.ScanRepository;
import org.compactregister.service.AuditTrail;
import org.compactregister.service.FileProblems;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;
import org.compactregister.service.Settings;

/**
 * Scanned commitment forms kept with their signatory: attach (checked, streamed into the database,
 * never twice), list, draw, save a copy, remove.
 */
public final class ScanService {

    /** The largest scan the office accepts, in megabytes. */
    public static final String MAX_MEGABYTES = "scan.max.megabytes";
    public static final long DEFAULT_MAX_MEGABYTES = 50;

    private final ScanRepository repository;
    private final Settings settings;
    private final Clock clock;
    private final AuditTrail audit;

    public ScanService(Services services) {
        this.repository = new ScanRepository(services.database().jdbi());
        this.settings = services.settings();
        this.clock = services.clock();
        this.audit = services.audit();
    }

    /** An audit entry about one scan of a signatory; the file name is personal data (it may name the person). */
    private static AuditDraft scanEntry(AuditAction action, Scan scan, String what, FieldChange... more) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Scan file", action == AuditAction.SCAN_ATTACHED ? null : scan.fileName(),
                action == AuditAction.SCAN_REMOVED ? null : scan.fileName(), true));
        changes.addAll(List.of(more));
        return new AuditDraft(action, scan.signatoryId(), what + " (scan " + scan.id() + ", " + scan.mediaType()
                + ", " + Plural.of(scan.pageCount(), "page", "pages") + ") of " + Signatory.referenceOf(scan.signatoryId()),
                changes);
    }

    public long maxBytes() {
        return FileSize.megabytes(Math.max(1, settings.getLong(MAX_MEGABYTES, DEFAULT_MAX_MEGABYTES)));
    }

    /**
     * Attaches each file to the signatory. Good files are kept even when others are refused; each
     * refusal is in the report with its reason.
     *
     * @throws RefusedException when the signatory is no longer in the register (nothing is kept)
     */
    public AttachReport attach(long signatoryId, List<Path> files, Progress progress) {
        List<Scan> attached = new ArrayList<>();
        List<Scan> alreadyThere = new ArrayList<>();
        List<ScanRefusedException> refused = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            progress.checkCancelled();
            progress.update(done, files.size(), "Attaching " + file.getFileName());
            try {
                ScanAddition addition = store(signatoryId, ScanInspector.check(file, maxBytes()));
                if (addition instanceof ScanAddition.Added added) {
                    attached.add(added.scan());
                } else if (addition instanceof ScanAddition.AlreadyThere same) {
                    alreadyThere.add(same.scan());
                }
            } catch (ScanRefusedException e) {
                refused.add(e);
            }
            progress.update(++done, files.size(), null);
        }
        return new AttachReport(attached, alreadyThere, refused);
    }

    /** Attaches one file; the refusal, if any, is thrown rather than reported. */
    public AttachReport attachOne(long signatoryId, Path file) {
        AttachReport report = attach(signatoryId, List.of(file), Progress.NONE);
        if (report.anyRefused()) {
            throw report.refused().get(0);
        }
        return report;
    }

    private ScanAddition store(long signatoryId, CheckedScan checked) {
        MessageDigest digest = ScanInspector.newDigest();
        NewScan scan = new NewScan(signatoryId, checked.fileName(), checked.mediaType(), checked.sizeBytes(),
                checked.sha256(), checked.pageCount(), clock.instant(), checked.thumbnailPng());
        ScanAddition addition;
        try (InputStream content = new DigestInputStream(Files.newInputStream(checked.file()), digest)) {
            addition = audit.record(() -> repository.add(scan, content, () -> {
                if (!HexFormat.of().formatHex(digest.digest()).equals(checked.sha256())) {
                    throw new ScanRefusedException(checked.fileName(), "the file changed while it was being "
                            + "attached (perhaps the scanner was still writing it). Try again in a moment.");
                }
            }), result -> result instanceof ScanAddition.Added added
                    ? scanEntry(AuditAction.SCAN_ATTACHED, added.scan(), "Attached",
                            new FieldChange("Scan SHA-256", null, added.scan().sha256(), false))
                    : null);
        } catch (IOException e) {
            throw new ScanRefusedException(checked.fileName(), "the file could not be read while it was being "
                    + "attached. Check that it is still there.");
        }
        if (addition instanceof ScanAddition.NoSuchSignatory) {
            throw new RefusedException("The signatory is no longer in the register (someone else deleted it), "
                    + "so \"" + checked.fileName() + "\" was not attached.");
        }
        return addition;
    }

    /** The scans kept with a signatory, oldest first, with their thumbnails turned as each scan is turned. */
    public List<ScanListing> list(long signatoryId) {
        return repository.listFor(signatoryId).stream()
                .map(scan -> new ScanListing(scan, repository.thumbnail(scan.id()).map(ScanRenderer::fromPng)
                        .map(small -> Orientation.turn(scan.rotation()).apply(small)).orElse(null)))
                .toList();
    }

    /**
     * Keeps how the scan is turned to be read: {@code rotation} degrees clockwise (0, 90, 180 or 270).
     *
     * @return the scan as now kept
     * @throws IllegalArgumentException when {@code rotation} is not a quarter turn
     * @throws RefusedException when the scan was removed meanwhile
     */
    public Scan turn(Scan scan, int rotation) {
        Scan turned = new Scan(scan.id(), scan.signatoryId(), scan.fileName(), scan.mediaType(), scan.sizeBytes(),
                scan.sha256(), scan.pageCount(), scan.attachedAt(), rotation);
        boolean kept = audit.record(() -> {
            Optional<Scan> before = repository.find(scan.id());
            return before.isPresent() && repository.setRotation(scan.id(), rotation) ? before : Optional.<Scan>empty();
        }, before -> before.map(old -> scanEntry(AuditAction.SCAN_TURNED, old, "Turned",
                new FieldChange("Turned", old.rotation() + "°", rotation + "°", false))).orElse(null)).isPresent();
        if (!kept) {
            throw new RefusedException("\"" + scan.fileName() + "\" is no longer kept: someone else removed it.");
        }
        return turned;
    }

    public int count(long signatoryId) {
        return repository.countFor(signatoryId);
    }

    /**
     * Writes a copy of the scan to {@code target}, byte for byte, checking it against the SHA-256
     * kept with the scan. An existing file there is replaced only once the copy is complete.
     */
    public void saveCopy(Scan scan, Path target) {
        SafeFile.writeAt(target, "A copy of \"" + scan.fileName() + "\"", partial -> writeChecked(scan, partial));
    }

    /** Writes the scan to a private temporary file (for the system's own viewer); it is deleted when the app closes. */
    public Path exportForViewing(Scan scan) {
        try {
            Path file = TemporaryScanFile.create(scan);
            writeChecked(scan, file);
            return file;
        } catch (IOException e) {
            throw new RefusedException("\"" + scan.fileName() + "\" could not be written out for viewing: "
                    + FileProblems.reason(e));
        }
    }

    /** Opens a kept scan for drawing its pages. Close what it returns. */
    public ScanPages openPages(Scan scan) {
        Path file = exportForViewing(scan);
        try {
            return new TemporaryPages(ScanRenderer.open(file, scan.mediaType()), file);
        } catch (IOException e) {
            TemporaryScanFile.deleteQuietly(file);
            throw new RefusedException("\"" + scan.fileName() + "\" could not be opened for viewing: "
                    + FileProblems.reason(e));
        }
    }

    private void writeChecked(Scan scan, Path file) throws IOException {
        MessageDigest digest = ScanInspector.newDigest();
        boolean found;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            found = repository.copyContent(scan.id(), out);
        }
        if (!found) {
            throw new RefusedException("\"" + scan.fileName() + "\" is no longer kept: someone else removed it.");
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(scan.sha256())) {
            throw new RefusedException("The copy of \"" + scan.fileName() + "\" read back from the register does not "
                    + "match what was stored. The register file may be damaged: restore a backup.");
        }
    }

    /**
     * Removes a scan for good (the window asks first, naming the file and the signatory).
     *
     * @throws RefusedException when it was already removed
     */
    public void remove(Scan scan) {
        boolean removed = audit.record(() -> repository.delete(scan.id()),
                gone -> gone ? scanEntry(AuditAction.SCAN_REMOVED, scan, "Removed") : null);
        if (!removed) {
            throw new RefusedException("\"" + scan.fileName() + "\" was already removed by someone else.");
        }
    }
}
