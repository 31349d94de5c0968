package org.compactregister.ui.scan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.compactregister.form.FormSplitter;
import org.compactregister.form.InboxMatch;
import org.compactregister.form.ReturnedForms;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;

/**
 * Reads the inbox's files for the forms' QR codes, away from the window's thread: each file once
 * (remembered by its path, size and time), a scanner run with several forms split into one file per
 * form. Used by {@link InboxViewModel}.
 */
final class InboxFormMatching {

    private final ReturnedForms reader;
    private final Map<Key, InboxMatch> read = new ConcurrentHashMap<>();

    private record Key(Path path, long size, Instant modified) {
    }

    /** What one pass found: the entries with their matches, and whether a file was split (the inbox must be listed again). */
    record Pass(List<InboxEntry> entries, boolean split, List<String> problems) {
    }

    InboxFormMatching(ReturnedForms reader) {
        this.reader = reader;
    }

    Pass match(List<InboxEntry> entries, Progress progress) {
        List<InboxEntry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean split = false;
        int done = 0;
        for (InboxEntry entry : entries) {
            progress.checkCancelled();
            Key key = new Key(entry.file().path(), entry.file().sizeBytes(), entry.file().modified());
            InboxMatch found = read.computeIfAbsent(key, k -> reader.read(k.path(), Progress.NONE));
            if (found.needsSplitting()) {
                try {
                    FormSplitter.split(found);
                    read.remove(key);
                    split = true;
                    continue;
                } catch (RefusedException e) {
                    problems.add(e.getMessage());
                }
            }
            out.add(entry.withMatch(found));
            progress.update(++done, entries.size(), "Read " + entry.file().name());
        }
        return new Pass(out, split, problems);
    }
}
