package org.compactregister.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:powercut:/path}) that models a disk with a write cache: every
 * write reaches the real file at once (as the operating system's cache would serve it), but only
 * writes followed by {@code force} (fsync) are on the platter. {@link #imageAfterPowerCut} writes
 * what the disk would hold if the power went off now: everything forced, plus a random subset of
 * the writes not yet forced (a disk may have written some of them, in any order).
 */
public final class PowerCutFileSystem extends FilePathWrapper {

    private static final Map<String, Disk> DISKS = new ConcurrentHashMap<>();

    /** Made by H2 for each path it opens through this file system. */
    public PowerCutFileSystem() {
        // H2 sets the name and the wrapped path itself
    }

    static void install() {
        FilePath.register(new PowerCutFileSystem());
    }

    @Override
    public String getScheme() {
        return "powercut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel real = getBase().open(mode);
        if (!name.endsWith(RegisterDatabase.FILE_SUFFIX)) {
            return real;
        }
        Disk disk = DISKS.computeIfAbsent(getBase().toRealPath().toString(), Disk::new);
        return new CachedChannel(real, disk);
    }

    /**
     * Writes to {@code image} what the register file {@code file} would hold after a power cut now;
     * each unforced write is kept or dropped at random from {@code random}.
     */
    static void imageAfterPowerCut(Path file, Path image, Random random) throws IOException {
        Disk disk = DISKS.get(file.toRealPath().toString());
        if (disk == null) {
            throw new IllegalStateException("No register file was opened through powercut: at " + file);
        }
        disk.imageAfterPowerCut(image, random);
    }

    /** Every write to {@code file} since it was first opened through this file system, in order. */
    static List<Write> journal(Path file) throws IOException {
        return DISKS.get(file.toRealPath().toString()).journal();
    }

    /**
     * Writes to {@code image} what the file would hold had the process been killed in the middle of
     * write {@code index} of {@code journal}: every earlier write whole (the operating system keeps
     * what a killed process wrote), and only the first half of that one.
     */
    static void imageKilledMidWrite(List<Write> journal, int index, Path image) throws IOException {
        byte[] content = new byte[0];
        for (int i = 0; i < index; i++) {
            content = journal.get(i).applyTo(content);
        }
        Write torn = journal.get(index);
        if (torn.bytes() != null) {
            content = new Write(torn.position(), Arrays.copyOf(torn.bytes(), torn.bytes().length / 2)).applyTo(content);
        }
        Files.write(image, content);
    }

    /** How many writes are in the cache, not yet forced to the platter. */
    static int unforcedWrites(Path file) throws IOException {
        return DISKS.get(file.toRealPath().toString()).unforcedCount();
    }

    /** The platter of one file: its forced content, and the writes since the last force. */
    private static final class Disk {
        private byte[] platter;
        private final List<Write> cache = new ArrayList<>();
        private final List<Write> journal = new ArrayList<>();

        Disk(String realPath) {
            try {
                Path path = Path.of(realPath);
                platter = Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        synchronized void write(long position, byte[] bytes) {
            cache.add(new Write(position, bytes));
            journal.add(new Write(position, bytes));
        }

        synchronized void truncate(long size) {
            cache.add(new Write(size, null));
            journal.add(new Write(size, null));
        }

        synchronized List<Write> journal() {
            return List.copyOf(journal);
        }

        synchronized void force() {
            for (Write write : cache) {
                platter = write.applyTo(platter);
            }
            cache.clear();
        }

        synchronized int unforcedCount() {
            return cache.size();
        }

        synchronized void imageAfterPowerCut(Path image, Random random) throws IOException {
            byte[] content = platter.clone();
            for (Write write : cache) {
                if (random.nextBoolean()) {
                    content = write.applyTo(content);
                }
            }
            Files.write(image, content);
        }
    }

    /** One write ({@code bytes} at {@code position}), or a truncation to {@code position} when bytes is null. */
    record Write(long position, byte[] bytes) {
        byte[] applyTo(byte[] content) {
            if (bytes == null) {
                byte[] cut = new byte[(int) Math.min(content.length, position)];
                System.arraycopy(content, 0, cut, 0, cut.length);
                return cut;
            }
            int end = (int) position + bytes.length;
            byte[] result = end > content.length ? Arrays.copyOf(content, end) : content;
            System.arraycopy(bytes, 0, result, (int) position, bytes.length);
            return result;
        }
    }

    /** The real file's channel, telling the disk model of every write, truncation and force. */
    private static final class CachedChannel extends FileBase {
        private final FileChannel real;
        private final Disk disk;

        CachedChannel(FileChannel real, Disk disk) {
            this.real = real;
            this.disk = disk;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public synchronized int write(ByteBuffer src) throws IOException {
            long position = real.position();
            int written = write(src, position);
            real.position(position + written);
            return written;
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            byte[] bytes = new byte[src.remaining()];
            src.duplicate().get(bytes);
            int written = real.write(src, position);
            disk.write(position, written == bytes.length ? bytes : Arrays.copyOf(bytes, written));
            return written;
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            disk.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
            disk.force();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
