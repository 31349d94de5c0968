package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.compactregister.model.Signatory;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanInboxTest {

    @TempDir
    Path dir;
    private Services services;
    private ScanService scans;
    private ScanInbox inbox;
    private Path folder;

    @BeforeEach
    void open() throws IOException {
        services = ScanTestRegister.open(dir);
        scans = new ScanService(services);
        inbox = new ScanInbox(services, scans);
        folder = Files.createDirectories(dir.resolve("scanner"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void withNoFolderSetTheInboxSaysSoAndAMissingFolderIsReportedNotThrown() throws IOException {
        assertInstanceOf(InboxListing.NotSet.class, inbox.list());
        inbox.setFolder(folder);
        Files.delete(folder);

        InboxListing listing = inbox.list();

        InboxListing.Unavailable missing = assertInstanceOf(InboxListing.Unavailable.class, listing);
        assertTrue(missing.message().contains(folder + " is not there"), missing.message());
        assertThrows(RefusedException.class, () -> inbox.setFolder(dir.resolve("nowhere")));
    }

    @Test
    void listsWaitingFilesOldestFirstLeavingOutFoldersAndHiddenFiles() throws IOException {
        inbox.setFolder(folder);
        Path later = ScanFiles.pdf(folder.resolve("b.pdf"), 1);
        Path earlier = ScanFiles.image(folder.resolve("a.png"), "png", 200, 280);
        Files.setLastModifiedTime(earlier, FileTime.from(Instant.parse("2026-11-20T09:00:00Z")));
        Files.setLastModifiedTime(later, FileTime.from(Instant.parse("2026-11-21T09:00:00Z")));
        Files.writeString(folder.resolve(".DS_Store"), "x");
        Files.createDirectories(folder.resolve(ScanInbox.DONE_FOLDER));

        var waiting = assertInstanceOf(InboxListing.Waiting.class, inbox.list());

        assertEquals(List.of("a.png", "b.pdf"), waiting.files().stream().map(InboxFile::name).toList());
        assertTrue(inbox.thumbnail(waiting.files().get(0)).isPresent());
    }

    @Test
    void filingAttachesTheScanAndMovesItToDoneWithoutOverwritingAnEarlierOne() throws IOException {
        inbox.setFolder(folder);
        Signatory signatory = ScanTestRegister.addSignatory(services, 1);
        Path done = Files.createDirectories(folder.resolve(ScanInbox.DONE_FOLDER));
        Files.writeString(done.resolve("scan.pdf"), "an earlier scan of the same name");
        Path waiting = ScanFiles.pdf(folder.resolve("scan.pdf"), 2);
        byte[] content = Files.readAllBytes(waiting);
        InboxFile file = ((InboxListing.Waiting) inbox.list()).files().get(0);

        ScanInbox.Filed filed = inbox.file(file, signatory.id());
        Path moved = filed.movedTo();

        assertEquals(done.resolve("scan (2).pdf"), moved);
        assertTrue(filed.alreadyKept().isEmpty());
        assertFalse(Files.exists(waiting));
        assertEquals("an earlier scan of the same name", Files.readString(done.resolve("scan.pdf")));
        assertEquals(List.of("scan.pdf"), scans.list(signatory.id()).stream().map(l -> l.scan().fileName()).toList());
        assertTrue(Arrays.equals(content, Files.readAllBytes(moved)));

        Files.copy(moved, folder.resolve("scan again.pdf"));
        ScanInbox.Filed again = inbox.file(((InboxListing.Waiting) inbox.list()).files().get(0), signatory.id());
        assertEquals("scan.pdf", again.alreadyKept().orElseThrow().fileName(), "the same file is kept once");
        assertEquals(done.resolve("scan again.pdf"), again.movedTo());
        assertEquals(1, scans.list(signatory.id()).size());
    }

    @Test
    void aRefusedFileStaysInTheInbox() {
        inbox.setFolder(folder);
        Signatory signatory = ScanTestRegister.addSignatory(services, 1);
        Path text = ScanFiles.textNamedPdf(folder.resolve("email.pdf"));
        InboxFile file = ((InboxListing.Waiting) inbox.list()).files().get(0);

        ScanRefusedException refused = assertThrows(ScanRefusedException.class, () -> inbox.file(file, signatory.id()));

        assertTrue(refused.getMessage().startsWith("\"email.pdf\" was not attached: it is not a PDF"));
        assertTrue(Files.exists(text));
        assertEquals(0, scans.count(signatory.id()));
    }
}
