package org.compactregister.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when the main window closes: the work under way ends, the automatic backup is made
 * (unless turned off, or skipped by the user while it runs), and the register file is closed, which
 * compacts it when it has swollen. The backup shows how many megabytes it has written, and can be
 * skipped at any moment: closing never waits on it.
 */
public final class ClosingRegisterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingRegisterViewModel.class);

    private final Services closing;
    private final TaskExecutor mainWork;
    private final AtomicBoolean skip = new AtomicBoolean();

    public ClosingRegisterViewModel(Services closing, TaskExecutor mainWork) {
        this.closing = closing;
        this.mainWork = mainWork;
    }

    /**
     * The user's "Skip the backup": the backup stops within a fraction of a second, leaving no file
     * (and no older backup removed). Once the backup is made, it changes nothing.
     */
    public void skipBackup() {
        skip.set(true);
    }

    /**
     * The closing itself, to run in the background: returns true when the automatic backup was made
     * (false when turned off or skipped). The register is closed whatever happens.
     *
     * @throws org.compactregister.service.RefusedException when the backup could not be written
     *         (the register is closed all the same)
     */
    public BackgroundTask<Boolean> task() {
        return BackgroundTask.of("Closing the register", progress -> {
            // searches and saves already under way end first, on the open register; then no new work starts
            mainWork.shutdown();
            try {
                return backUp(progress);
            } finally {
                progress.update(-1, -1, "Closing the register file …");
                try {
                    closing.close();
                } catch (RuntimeException e) {
                    LOG.warn("Closing the register did not go cleanly", e);
                }
            }
        });
    }

    private boolean backUp(Progress progress) {
        if (skip.get()) {
            return false;
        }
        progress.update(-1, -1, "Making the automatic backup …");
        try {
            return new AutomaticBackups(closing).runIfEnabled(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    progress.update(-1, -1, "Making the automatic backup: " + message + " …");
                }

                @Override
                public boolean isCancelled() {
                    return skip.get();
                }
            }).isPresent();
        } catch (CancelledException skipped) {
            LOG.info("The automatic backup was skipped on closing");
            return false;
        }
    }
}
