package org.compactregister.io;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * For the suite's cold start with an AppCDS archive (Java 17's dynamic class-data sharing): the
 * JVM shares classes only from jars, so the class path's folders (target/classes, test-classes) are
 * first packed into jars as the app's runnable jar would hold them; one training run of the window
 * with {@code -XX:ArchiveClassesAtExit} writes the archive, and later runs map it with
 * {@code -XX:SharedArchiveFile}. The Linux installer's postinst makes such an archive of the installed
 * jars (from a class list, {@code java -Xshare:dump}); the jar and the other installers ship none.
 */
final class ClassDataArchive {

    private ClassDataArchive() {
    }

    /**
     * {@code classPath} with each folder on it replaced by a jar of its contents, written into
     * {@code dir}; the tests' logging configuration is left out, so the window logs as the installed
     * app does (into its log file, as {@code LogConfiguration} sets up).
     */
    static String jarredClassPath(String classPath, Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int folder = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = dir.resolve("folder-" + folder++ + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).filter(file -> !isTestLogging(path, file))
                        .sorted().toList()) {
                    out.putNextEntry(new JarEntry(path.relativize(file).toString().replace(File.separatorChar, '/')));
                    try (var in = Files.newInputStream(file)) {
                        in.transferTo((OutputStream) out);
                    }
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The tests' logging configuration at the root of a class folder. */
    private static boolean isTestLogging(Path folder, Path file) {
        return folder.relativize(file).toString().equals("logback-test.xml");
    }
}
