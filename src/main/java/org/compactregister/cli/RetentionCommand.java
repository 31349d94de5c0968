package org.compactregister.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compactregister.model.Plural;
import org.compactregister.model.RetentionItem;
import org.compactregister.model.RetentionRules;
import org.compactregister.privacy.RetentionService;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention --dry-run | --apply}: what the retention periods make due, and removing it. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "List what the office's retention periods make due (--dry-run), or remove it (--apply).")
public final class RetentionCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--dry-run", required = true, description = "Only list what is due, with the rule.")
        boolean dryRun;

        @Option(names = "--apply", required = true, description = "Erase and remove what is due.")
        boolean apply;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = database.open()) {
            RetentionService retention = new RetentionService(services);
            RetentionRules rules = retention.rules();
            PrintWriter print = spec.commandLine().getOut();
            print.println("Rules: " + rules.personalRule() + "; " + rules.scanRule() + "; " + rules.backupRule() + ".");
            List<RetentionItem> due = retention.due();
            due.forEach(item -> print.println(item.describe()));
            if (mode.apply) {
                int done = retention.applyAll(Progress.NONE);
                print.println("Removed " + Plural.of(done, "item", "items") + " due.");
            } else {
                print.println(Plural.of(due.size(), "item is", "items are") + " due. Nothing was changed (--dry-run).");
            }
            return 0;
        }
    }
}
