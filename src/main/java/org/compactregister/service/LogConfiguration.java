package org.compactregister.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The app's logging, set up in code (logback finds it as a service): the log goes to
 * {@code compact-register.log} in the folder {@link LogFolder} chose (else a folder in the system's
 * temporary folder), a new file each day or at 5 MB, kept 30 days and 100 MB at most; INFO and
 * above, Flyway's warnings and PDFBox's errors only. What Java's own logging is told (JavaFX's
 * warnings, such as its start on a plain class path) goes into the same log rather than onto the
 * console ({@link #takeJavaLogging()}). Logback's own messages are never printed: on a
 * computer where the log cannot be written the app runs without one and says nothing about it.
 *
 * <p>In code rather than in a {@code logback.xml}: reading that file took logback's XML
 * configurator and the JDK's XML parser (about 450 classes) at every start of the window. A
 * {@code logback-test.xml} on the class path (the tests') or a file named by
 * {@code -Dlogback.configurationFile} is still read as logback reads it, in place of this.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The log file's name in its folder. */
    public static final String FILE_NAME = "compact-register.log";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (namedConfigurationExists(System.getProperty("logback.configurationFile"))
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        writeTo(context, LogFolder.current().map(Object::toString)
                .orElse(System.getProperty("java.io.tmpdir") + "/compact-register-logs"));
        takeJavaLogging();
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sends what {@code java.util.logging} is told (JavaFX logs through it) to SLF4J, and so into
     * this log, instead of its console handler's two lines on standard error at every start of the
     * window ("WARNING: Unsupported JavaFX configuration…").
     */
    static void takeJavaLogging() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /**
     * Whether {@code named} (the {@code logback.configurationFile} setting: a file, a class path
     * resource or a URL) is there to be read; one that is not leaves the log as this class sets it,
     * rather than on the console.
     */
    static boolean namedConfigurationExists(String named) {
        if (named == null || named.isBlank()) {
            return false;
        }
        if (LogConfiguration.class.getClassLoader().getResource(named) != null) {
            return true;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(named))
                    || named.contains(":/") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(new java.net.URI(named)));
        } catch (java.net.URISyntaxException | IllegalArgumentException
                 | java.nio.file.FileSystemNotFoundException notAFile) {
            return false;
        }
    }

    /** Sets {@code context} up to log into {@code folder}, as above. */
    static void writeTo(LoggerContext context, String folder) {
        context.getStatusManager().add(new NopStatusListener());

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/" + FILE_NAME);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/compact-register.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        file.setEncoder(encoder);
        file.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
