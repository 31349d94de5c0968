package org.compactregister.scan;

import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.Plural;
import org.compactregister.model.Scan;

/** What became of the files given to attach: kept now, already kept before, and refused (each with why). */
public record AttachReport(List<Scan> attached, List<Scan> alreadyThere, List<ScanRefusedException> refused) {

    public AttachReport {
        attached = List.copyOf(attached);
        alreadyThere = List.copyOf(alreadyThere);
        refused = List.copyOf(refused);
    }

    public boolean anyRefused() {
        return !refused.isEmpty();
    }

    /** A few lines for a dialog: what was attached, what was there already, and each refusal with its reason. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        if (!attached.isEmpty()) {
            lines.add(count(attached.size()) + " attached.");
        }
        for (Scan same : alreadyThere) {
            lines.add("\"" + same.fileName() + "\" is already kept with this signatory, so it was not stored again.");
        }
        if (!refused.isEmpty()) {
            lines.add(count(refused.size()) + " not attached:");
            for (ScanRefusedException problem : refused) {
                lines.add("• " + problem.fileName() + ": " + problem.reason());
            }
        }
        return String.join("\n", lines);
    }

    private static String count(int scans) {
        return Plural.of(scans, "scan", "scans");
    }
}
