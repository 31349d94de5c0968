package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.NopStatusListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's logging as it was in its {@code logback.xml}: INFO and above into
 * {@code compact-register.log} in the chosen folder, one line each, Flyway's warnings and PDFBox's
 * errors only; logback finds it as a service, and leaves it for the tests' own configuration.
 */
class LogConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void linesAtInfoAndAboveGoToTheLogFileOneLineEach() throws IOException {
        LoggerContext context = context();
        LogConfiguration.writeTo(context, dir.toString());
        context.getLogger("org.compactregister.Launcher").info("Started; the default register is {}", "here");
        context.getLogger("org.compactregister.Launcher").debug("not written");
        context.getLogger("org.flywaydb.core.Flyway").info("not written either");
        context.getLogger("org.flywaydb.core.Flyway").warn("Flyway's warning");
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDFont").warn("not written: PDFBox's warnings are not");
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDFont").error("PDFBox's error");
        context.stop();

        List<String> lines = Files.readAllLines(dir.resolve(LogConfiguration.FILE_NAME));
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[.+\\] "
                + "org.compactregister.Launcher - Started; the default register is here"), lines.get(0));
        assertTrue(lines.get(1).contains(" WARN  ") && lines.get(1).endsWith("Flyway's warning"), lines.get(1));
        assertTrue(lines.get(2).contains(" ERROR ") && lines.get(2).endsWith("PDFBox's error"), lines.get(2));
    }

    @Test
    void whatJavasOwnLoggingIsToldGoesIntoTheLogNotOntoTheConsole() {
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        Handler[] before = root.getHandlers();
        ch.qos.logback.classic.Logger javaFx = ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger("com.sun.javafx.application.PlatformImpl");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        javaFx.addAppender(seen);
        try {
            LogConfiguration.takeJavaLogging();
            assertEquals(1, root.getHandlers().length, "no console handler left to print");
            assertTrue(root.getHandlers()[0] instanceof SLF4JBridgeHandler);
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                    .warning("Unsupported JavaFX configuration");
            assertEquals(1, seen.list.size(), seen.list::toString);
            assertEquals("Unsupported JavaFX configuration", seen.list.get(0).getFormattedMessage());
            assertEquals(Level.WARN, seen.list.get(0).getLevel());
        } finally {
            javaFx.detachAppender(seen);
            SLF4JBridgeHandler.uninstall();
            for (Handler handler : before) {
                root.addHandler(handler);
            }
        }
    }

    @Test
    void aFolderThatCannotBeWrittenMeansNoLogAndNoMessages() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "");
        LoggerContext context = context();
        assertDoesNotThrow(() -> LogConfiguration.writeTo(context, notAFolder.toString()));
        assertDoesNotThrow(() -> context.getLogger("x").error("nowhere to go"));
        assertTrue(context.getStatusManager().getCopyOfStatusListenerList().stream()
                .anyMatch(listener -> listener instanceof NopStatusListener), "logback says nothing of its own");
        context.stop();
        assertFalse(Files.isDirectory(notAFolder));
    }

    @Test
    void logbackFindsItAndItLeavesTheTestsConfigurationToLogback() {
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(provider -> provider.type() == LogConfiguration.class));
        LoggerContext context = context();
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogConfiguration().configure(context),
                "the tests' logback-test.xml is on the class path");
        assertFalse(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
    }

    /** A logger context of its own, as logback's service provider makes one. */
    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    @Test
    void aNamedConfigurationIsHandedOverOnlyWhenItIsThere() throws IOException {
        Path named = Files.writeString(dir.resolve("office-logback.xml"), "<configuration/>");
        assertTrue(LogConfiguration.namedConfigurationExists(named.toString()));
        assertTrue(LogConfiguration.namedConfigurationExists(named.toUri().toString()));
        assertTrue(LogConfiguration.namedConfigurationExists("logback-test.xml"), "a resource on the class path");
        assertFalse(LogConfiguration.namedConfigurationExists(dir.resolve("missing.xml").toString()),
                "a file that is not there leaves the log to this class, not to the console");
        assertFalse(LogConfiguration.namedConfigurationExists(null));
        assertFalse(LogConfiguration.namedConfigurationExists("  "));
    }
}
