package org.compactregister.service;

import java.time.Clock;
import java.time.Instant;
import org.compactregister.persistence.ChangeListener;
import org.compactregister.persistence.ChangeNotice;

/** Hands what a shared register's {@link ChangeListener} hears on to the {@link RegisterChanges} feed. */
final class ServerChanges implements ChangeListener.Events {

    private final RegisterChanges changes;
    private final Clock clock;

    ServerChanges(RegisterChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public void noticed(ChangeNotice notice) {
        long id = notice.signatoryId() == null ? 0 : notice.signatoryId();
        changes.publish(new RegisterChanges.Change(RegisterChanges.kindOf(notice.action(), notice.signatoryId()), id,
                notice.version(), notice.staff(), notice.at(), true));
    }

    @Override
    public void connected(boolean again) {
        changes.linkChanged(RegisterChanges.Link.CONNECTED);
        if (again) {
            changes.publish(new RegisterChanges.Change(RegisterChanges.Kind.SEVERAL, 0, 0, "", clock.instant(), true));
        }
    }

    @Override
    public void away(Instant since, int attempts) {
        changes.linkChanged(RegisterChanges.Link.away(since, attempts));
    }
}
