package org.compactregister.cli;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.AboutInfo;
import org.compactregister.service.RefusedException;
import org.compactregister.service.DatabaseLocation;
import picocli.CommandLine.IVersionProvider;

/** {@code compact-register --version}: what Help > About says, for the default register. */
final class AboutVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        try {
            RegisterLocation usual = DatabaseLocation.choice().location();
            lines.addAll(AboutInfo.of(usual, usual instanceof RegisterLocation.Server server ? server.userOrDefault() : "")
                    .lines());
        } catch (RefusedException badSetting) {
            lines.addAll(AboutInfo.of(Path.of(".")).lines().subList(0, 1));
            lines.add("Register: none: " + badSetting.getMessage());
        }
        lines.add("");
        AboutInfo.bundled().lines().forEach(lines::add);
        // picocli formats each line: a % in a path must stay a %
        return lines.stream().map(line -> line.replace("%", "%%")).toArray(String[]::new);
    }
}
