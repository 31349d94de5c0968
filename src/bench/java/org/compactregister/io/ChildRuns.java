package org.compactregister.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a JVM of its own, as a new user's process would start, for the benchmark suite. */
final class ChildRuns {

    private ChildRuns() {
    }

    /**
     * Starts {@code mainClass} with {@code jvmOptions} and {@code args} on this class path and returns
     * the first line of its output that starts with {@code prefix} (without it), or null when none
     * came within {@code seconds}; the process is ended then.
     */
    static String firstLine(List<String> jvmOptions, String mainClass, List<String> args, String prefix, int seconds)
            throws IOException, InterruptedException {
        return firstLine(jvmOptions, System.getProperty("java.class.path"), mainClass, args, prefix, seconds);
    }

    /** As {@link #firstLine(List, String, List, String, int)}, on the class path {@code classPath}. */
    static String firstLine(List<String> jvmOptions, String classPath, String mainClass, List<String> args,
                            String prefix, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread timeout = new Thread(() -> {
            try {
                if (!child.waitFor(seconds, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        });
        timeout.setDaemon(true);
        timeout.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length());
                }
            }
            return null;
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Runs {@code mainClass} with {@code jvmOptions} on {@code classPath} until it ends by itself (or
     * {@code seconds} pass; it is ended then), its output thrown away: for a run whose JVM writes
     * something as it exits, such as a class-data archive.
     */
    static void runToItsEnd(List<String> jvmOptions, String classPath, String mainClass, List<String> args,
                            int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(seconds, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
    }

    /** Runs {@code mainClass} to its end and returns the milliseconds it took, the whole process; -1 when it failed. */
    static long wholeRun(String mainClass, List<String> args, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(seconds, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            return -1;
        }
        return child.exitValue() == 0 ? (System.nanoTime() - start) / 1_000_000 : -1;
    }
}
