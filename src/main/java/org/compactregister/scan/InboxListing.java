package org.compactregister.scan;

import java.nio.file.Path;
import java.util.List;

/** What the scan inbox holds now: no folder set, a folder that cannot be read, or the files waiting. */
public sealed interface InboxListing {

    record NotSet() implements InboxListing {
    }

    /** The folder is missing or cannot be read; {@code message} says which and what to do. */
    record Unavailable(Path folder, String message) implements InboxListing {
    }

    /** The files waiting, oldest first. */
    record Waiting(Path folder, List<InboxFile> files) implements InboxListing {
        public Waiting {
            files = List.copyOf(files);
        }
    }
}
