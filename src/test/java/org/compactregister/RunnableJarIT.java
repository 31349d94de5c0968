package org.compactregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The runnable jars that {@code mvn package} leaves in {@code target/}: {@code compact-register.jar}
 * carries JavaFX's natives and window classes for Linux, Windows and macOS on Intel, and
 * {@code compact-register-mac-aarch64.jar} those of macOS on Apple silicon; both start.
 */
class RunnableJarIT {

    private static final Path TARGET = Path.of("target");
    /** Mach-O's CPU types (little-endian, after the 64-bit magic number). */
    private static final int MACH_O_X86_64 = 0x01000007;
    private static final int MACH_O_ARM64 = 0x0100000c;
    private static final long MEGABYTE = 1024 * 1024;

    @Test
    void theJarForEverySystemCarriesLinuxWindowsAndMacNatives() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("compact-register.jar").toFile())) {
            for (String name : List.of("libglass.so", "libglassgtk3.so", "libprism_sw.so", "libprism_es2.so",
                    "libjavafx_font.so", "libjavafx_font_freetype.so", "libjavafx_iio.so",
                    "glass.dll", "prism_sw.dll", "prism_d3d.dll", "javafx_font.dll", "javafx_iio.dll",
                    "msvcp140.dll", "vcruntime140.dll",
                    "libglass.dylib", "libprism_sw.dylib", "libprism_es2.dylib", "libjavafx_font.dylib",
                    "libjavafx_iio.dylib",
                    "com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/glass/ui/win/WinApplication.class",
                    "com/sun/glass/ui/mac/MacApplication.class", "com/sun/prism/d3d/D3DPipeline.class",
                    "com/sun/prism/es2/ES2Pipeline.class")) {
                assertTrue(jar.getEntry(name) != null, "compact-register.jar lacks " + name);
            }
            assertEquals(MACH_O_X86_64, machOCpu(jar, "libglass.dylib"), "the macOS natives are Intel's");
            assertEquals("org.compactregister.Launcher", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals(null, jar.getEntry("javafx-swt.jar"), "no one system's SWT bridge");
        }
        long size = Files.size(TARGET.resolve("compact-register.jar"));
        assertTrue(size < 48 * MEGABYTE, "the jar for every system stays small: " + size / MEGABYTE + " MB");
    }

    @Test
    void theAppleSiliconJarCarriesArmNativesAndNoOthers() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("compact-register-mac-aarch64.jar").toFile())) {
            assertEquals(MACH_O_ARM64, machOCpu(jar, "libglass.dylib"));
            assertTrue(jar.getEntry("com/sun/glass/ui/mac/MacApplication.class") != null);
            assertFalse(jar.stream().map(ZipEntry::getName).anyMatch(name -> name.endsWith(".so") || name.endsWith(".dll")),
                    "no Linux or Windows natives in the Apple silicon jar");
        }
    }

    @Test
    void theJarStartsAndListsItsCommands() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // a home of its own: the app makes its folder there (its log), not in the home of whoever runs the build
        Path home = Files.createTempDirectory("compact-register-jar-home");
        Process process = new ProcessBuilder(java.toString(), "-Duser.home=" + home, "-jar",
                TARGET.resolve("compact-register.jar").toString(), "--help").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.startsWith("Usage: compact-register"), out);
        assertTrue(out.contains("import") && out.contains("backup"), out);
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(Files.isDirectory(home.resolve(".local/share/compact-register/logs")), "the log's folder, in the home");
        }
    }

    private static int machOCpu(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            byte[] header = in.readNBytes(8);
            return (header[4] & 0xff) | (header[5] & 0xff) << 8 | (header[6] & 0xff) << 16 | (header[7] & 0xff) << 24;
        }
    }
}
