package org.compactregister.io;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.compactregister.model.StaffMember;
import org.compactregister.service.MoveReport;
import org.compactregister.service.Progress;
import org.compactregister.service.RegisterMove;

/**
 * Run in its own JVM (with a small heap) by {@link MoveLines}: moves the closed register FROM into a
 * new register TO ({@code move-register}'s work, the check included) and prints
 * "move MILLIS ROWS SCANS PEAK_HEAP_BYTES CPU_MILLIS" (the most heap in use at once, sampled every 5
 * ms; the whole process's processor time, which a busy machine does not inflate as it does the time).
 */
public final class MoveProbe {

    private MoveProbe() {
    }

    public static void main(String[] args) {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        MoveReport report = RegisterMove.move(args[0], args[1], new StaffMember("benchmark"),
                Clock.systemDefaultZone(), Progress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        System.out.printf("move %d %d %d %d %d%n", millis, report.rows(), report.scans(), peak.get(), cpu);
    }
}
