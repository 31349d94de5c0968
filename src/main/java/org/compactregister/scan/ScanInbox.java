package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.compactregister.model.Scan;
import org.compactregister.service.FileProblems;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.compactregister.service.Settings;

/**
 * The folder the office's scanner writes into. Staff type each waiting form, and the scan is filed
 * with its signatory and moved to the {@value #DONE_FOLDER} folder inside the inbox: never deleted.
 */
public final class ScanInbox {

    public static final String FOLDER_SETTING = "scan.inbox.folder";
    public static final String DONE_FOLDER = "Done";

    private final Settings settings;
    private final ScanService scans;

    public ScanInbox(Services services, ScanService scans) {
        this.settings = services.settings();
        this.scans = scans;
    }

    public Optional<Path> folder() {
        return settings.get(FOLDER_SETTING).filter(text -> !text.isBlank()).map(Path::of);
    }

    /**
     * Sets the folder the scanner writes into.
     *
     * @throws RefusedException when it is not a folder this user can read
     */
    public void setFolder(Path folder) {
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            throw new RefusedException(folder + " is not a folder this user can read. Choose the folder the "
                    + "scanner saves into.");
        }
        settings.put(FOLDER_SETTING, folder.toAbsolutePath().normalize().toString());
    }

    /** The files waiting in the inbox, oldest first (sub-folders, hidden files and half-written files are left out). */
    public InboxListing list() {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return new InboxListing.NotSet();
        }
        Path inbox = folder.get();
        if (!Files.isDirectory(inbox)) {
            return new InboxListing.Unavailable(inbox, "The scan inbox folder " + inbox + " is not there. "
                    + "Check that the shared drive is connected, or choose the folder again (Change folder… in the scan inbox).");
        }
        List<InboxFile> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                waiting(entry).ifPresent(files::add);
            }
        } catch (IOException | SecurityException e) {
            return new InboxListing.Unavailable(inbox, "The scan inbox folder " + inbox + " cannot be read: "
                    + "this user may not open it. Ask for access, or choose another folder (Change folder… in the scan inbox).");
        }
        files.sort(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::name));
        return new InboxListing.Waiting(inbox, files);
    }

    private static Optional<InboxFile> waiting(Path entry) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("~$") || name.endsWith(".part") || name.endsWith(".tmp")) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || Files.isHidden(entry)) {
                return Optional.empty();
            }
            return Optional.of(new InboxFile(entry, name, attributes.size(), attributes.lastModifiedTime().toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first page of a waiting file, small; empty when it cannot be drawn (it will be refused, with why, when filed). */
    public Optional<BufferedImage> thumbnail(InboxFile file) {
        try {
            var type = MediaTypeDetector.detect(file.path());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            try (ScanPages pages = ScanRenderer.open(file.path(), type.get())) {
                return Optional.of(ScanRenderer.thumbnail(pages));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Opens a waiting file for reading beside the form.
     *
     * @throws RefusedException when it is not a scan that can be shown, saying why
     */
    public static ScanPages openPages(InboxFile file) {
        String cannot = "\"" + file.name() + "\" cannot be shown: ";
        try {
            var type = MediaTypeDetector.detect(file.path());
            if (type.isEmpty() && Files.size(file.path()) == 0) {
                throw new RefusedException(cannot + MediaTypeDetector.EMPTY_FILE);
            }
            if (type.isEmpty()) {
                throw new RefusedException(cannot + MediaTypeDetector.unreadablePhoto(file.path())
                        .map(UnreadablePhoto::reason)
                        .orElse(MediaTypeDetector.NOT_A_SCAN + " Ask for it to be sent again."));
            }
            return ScanRenderer.open(file.path(), type.get());
        } catch (InvalidPasswordException e) {
            throw new RefusedException(cannot + "the PDF is protected by a password.");
        } catch (IOException e) {
            throw new RefusedException(cannot + "it is damaged, or the scanner is still writing it. Try Refresh in a moment.");
        }
    }

    /**
     * A waiting file filed: where it was moved, and, when the signatory already had the very same file
     * (same SHA-256), that scan, kept once.
     */
    public record Filed(Path movedTo, Optional<Scan> alreadyKept) {
    }

    /**
     * Attaches the waiting file to the signatory (once: the same file already kept with them is not
     * kept again), then moves it to the done folder. When it is refused, it stays in the inbox and
     * the refusal says why.
     */
    public Filed file(InboxFile file, long signatoryId) {
        AttachReport report = scans.attach(signatoryId, List.of(file.path()), Progress.NONE);
        report.refused().stream().findFirst().ifPresent(refused -> {
            throw refused;
        });
        return new Filed(moveToDone(file.path()), report.alreadyThere().stream().findFirst());
    }

    /** Moves a file into the done folder, with " (2)" and so on added to its name if one of that name is there. */
    public Path moveToDone(Path file) {
        Path done = file.toAbsolutePath().getParent().resolve(DONE_FOLDER);
        try {
            Files.createDirectories(done);
            Path target = freeName(done, file.getFileName().toString());
            try {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(file, target);
            }
        } catch (IOException e) {
            throw new RefusedException("The scan was attached, but \"" + file.getFileName() + "\" could not be "
                    + "moved to the " + done + " folder (" + FileProblems.reason(e) + "). Move it there by hand so it is "
                    + "not typed twice.");
        }
    }

    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ending = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(stem + " (" + n + ")" + ending);
        }
        return target;
    }
}
