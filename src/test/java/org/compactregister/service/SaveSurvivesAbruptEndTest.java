package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once a save has returned, it survives the process being ended at any moment: round after round
 * on the same register, a separate JVM ({@link SavesUntilKilled}) saves signatories until this test
 * ends it with SIGTERM (as logoff, shutdown or Task Manager's End task do) or SIGKILL at a random
 * moment; then the register must open and hold every save, change and scan the process reported.
 *
 * <p>50 rounds by default; {@code -Dcrash.rounds=1000} runs the long soak on purpose.
 */
class SaveSurvivesAbruptEndTest {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 50);

    @TempDir
    Path dir;

    @Test
    void everyReportedSaveSurvivesSigtermAndSigkillAtRandomMoments() throws Exception {
        Path register = dir.resolve("register");
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        int saves = 0;
        int killed = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            boolean sigkill = random.nextBoolean();
            Reported reported = runUntilEnded(register, "r" + round, random.nextInt(1500), sigkill);
            saves += reported.saved.size();
            killed += sigkill ? 1 : 0;
            String context = "round " + round + " ended by " + (sigkill ? "SIGKILL" : "SIGTERM");
            keepEvidence(register, round, sigkill);
            try (Services services = Services.open(register, Clock.systemDefaultZone())) {
                ScanService scans = new ScanService(services);
                for (String[] save : reported.saved) {
                    assertEquals(Optional.of(save[1]), services.register().find(idOf(save[0])).map(Signatory::signatoryName),
                            () -> context + ": " + save[0] + " (" + save[1] + ") was reported saved and is not in the register");
                    List<Signatory> found = services.register().search(RegisterQuery.everything()
                            .withSearchText(save[1])).signatories();
                    assertTrue(found.stream().anyMatch(s -> s.reference().equals(save[0])), () -> context + ": "
                            + save[0] + " (" + save[1] + ") is in the register but its search words are not");
                }
                for (String reference : reported.changed) {
                    assertEquals("changed@example.org", services.register().find(idOf(reference)).orElseThrow()
                            .form().email(), context + ": the change to " + reference + " was lost");
                }
                for (String reference : reported.scanned) {
                    assertEquals(1, scans.count(idOf(reference)), context + ": the scan of " + reference + " was lost");
                }
            }
        }
        assertTrue(saves >= ROUNDS, "the rounds saved " + saves + " signatories: too few to show anything");
        assertTrue(killed > 0 && killed < ROUNDS, "both signals were used");
    }

    @Test
    void aTerminationRequestClosesTheRegisterCleanlyAndAKillDoesNot() throws Exception {
        Path register = dir.resolve("terminated");
        Path file = register.resolveSibling("terminated.mv.db");
        runUntilEnded(register, "term", 200, false);
        assertTrue(storeHeader(file).contains(",clean:1"),
                () -> "after SIGTERM the shutdown hook closed the store: " + storeHeader(file));
        runUntilEnded(register, "kill", 200, true);
        assertFalse(storeHeader(file).contains(",clean:1"), "SIGKILL leaves no time to close it, the saves are kept anyway");
    }

    /**
     * With {@code -Dcrash.evidence=DIR}, keeps a copy of the register file as the killed process left
     * it (before this test opens it), for looking at a loss with H2's own tools afterwards.
     */
    private static void keepEvidence(Path register, int round, boolean sigkill) throws IOException {
        String evidence = System.getProperty("crash.evidence");
        if (evidence != null) {
            Path folder = Files.createDirectories(Path.of(evidence));
            Files.copy(register.resolveSibling(register.getFileName() + ".mv.db"),
                    folder.resolve("round-" + round + (sigkill ? "-kill" : "-term") + ".mv.db"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path older = folder.resolve("round-" + (round - 3) + "-kill.mv.db");
            Files.deleteIfExists(older);
            Files.deleteIfExists(folder.resolve("round-" + (round - 3) + "-term.mv.db"));
        }
    }

    /** The first line of H2's store header, which says "clean:1" once the store was closed properly. */
    private static String storeHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(200), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long idOf(String reference) {
        return Long.parseLong(reference.substring("CS-".length()));
    }

    private record Reported(List<String[]> saved, List<String> changed, List<String> scanned) {
    }

    /**
     * Starts the saving process, ends it {@code afterMillis} after its first save (so that every
     * round has something to lose, however slow the machine), and returns what it reported.
     */
    private static Reported runUntilEnded(Path register, String run, int afterMillis, boolean sigkill) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SavesUntilKilled.class.getName(), register.toString(), run)
                .redirectError(System.getProperty("crash.evidence") == null ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.to(Path.of(System.getProperty("crash.evidence"), run + ".err").toFile()))
                .start();
        Reported reported = new Reported(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CompletableFuture<Void> firstSave = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (reported) {
                        if (line.equals("READY")) {
                            ready.complete(null);
                        } else if (line.startsWith("SAVED ")) {
                            reported.saved.add(line.substring(6).split(" ", 2));
                            firstSave.complete(null);
                        } else if (line.startsWith("CHANGED ")) {
                            reported.changed.add(line.substring(8));
                        } else if (line.startsWith("SCANNED ")) {
                            reported.scanned.add(line.substring(8));
                        }
                    }
                }
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
            ready.complete(null);
            firstSave.complete(null);
        });
        reader.start();
        try {
            ready.get(60, TimeUnit.SECONDS);
            firstSave.get(60, TimeUnit.SECONDS);
            assertTrue(child.isAlive(), "the saving process stopped by itself (exit " + (child.isAlive() ? "" : child.exitValue())
                    + ") before it was ended");
            Thread.sleep(afterMillis);
            if (sigkill) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the process ended within 30 s of the signal");
        } finally {
            child.destroyForcibly();
        }
        reader.join(10_000);
        synchronized (reported) {
            return new Reported(List.copyOf(reported.saved), List.copyOf(reported.changed), List.copyOf(reported.scanned));
        }
    }
}
