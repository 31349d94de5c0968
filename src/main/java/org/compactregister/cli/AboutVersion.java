package org.compactregister.cli;

import java.util.ArrayList;
import java.util.List;
import org.compactregister.service.AboutInfo;
import org.compactregister.service.DatabaseLocation;
import picocli.CommandLine.IVersionProvider;

/** {@code compact-register --version}: what Help > About says, for the default register. */
final class AboutVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>(AboutInfo.of(DatabaseLocation.defaultFile()).lines());
        lines.add("");
        AboutInfo.bundled().lines().forEach(lines::add);
        // picocli formats each line: a % in a path must stay a %
        return lines.stream().map(line -> line.replace("%", "%%")).toArray(String[]::new);
    }
}
