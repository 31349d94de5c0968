package org.compactregister.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.service.RegisterChanges;

/**
 * What the status bar says about the link to a shared register's server: nothing while it is in
 * touch, and while it is away since when, that this PC keeps trying, and that typing is kept.
 * News of the link arrives on other threads and is shown on the window's own.
 */
public final class LinkStatusViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper(false);
    private final ZoneId zone;

    /** Watches {@code changes}' link; {@code executor} brings the news to the window's thread. */
    public LinkStatusViewModel(RegisterChanges changes, TaskExecutor executor, ZoneId zone) {
        this.zone = zone;
        changes.watchLink(link -> executor.onUiThread(() -> show(link)));
    }

    private void show(RegisterChanges.Link link) {
        away.set(!link.connected());
        text.set(link.connected() ? "" : "Server not answering since " + TIME.format(link.since().atZone(zone))
                + " — reconnecting" + (link.attempts() > 0 ? " (" + link.attempts() + " tries)" : "")
                + ". Typing is kept; saves are refused until it is back.");
    }

    /** The status bar's words about the link; empty while connected. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while the server is away. */
    public ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }
}
