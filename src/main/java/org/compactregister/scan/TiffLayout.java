package org.compactregister.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The chain of a TIFF's pictures (its image file directories, IFDs), read from the file's own bytes:
 * which of them are pages, and whether the file stops before a picture's directory or its pixels.
 * The TIFF readers stop quietly at a directory beyond the end of a file cut short (a scanner still
 * writing, a copy that failed part way), so a run of three forms would be taken as two; so, as a PDF
 * must end with {@code %%EOF}, every directory and every strip or tile must lie within the file.
 * Reads classic TIFF and BigTIFF, in both byte orders.
 */
final class TiffLayout {

    private static final int NEW_SUBFILE_TYPE = 254;
    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;
    /** NewSubfileType bit 0: a reduced-resolution copy of another picture (a preview), not a page. */
    private static final long REDUCED_RESOLUTION = 1;
    /** More pictures than any scan has: a chain this long is looped or damaged, and is not followed further. */
    private static final int MOST_DIRECTORIES = 10_000;
    /** More strips or tiles than a picture within the size limit has; beyond it offsets are not checked. */
    private static final long MOST_PIECES = 4_000_000;

    private final boolean cutShort;
    private final List<Integer> pages;

    private TiffLayout(boolean cutShort, List<Integer> pages) {
        this.cutShort = cutShort;
        this.pages = List.copyOf(pages);
    }

    /** True when a directory, or a strip or tile of pixels, lies beyond the end of the file (or the header does). */
    boolean cutShort() {
        return cutShort;
    }

    /**
     * The pictures that are pages, as 0-based positions in the file's chain of directories: all but
     * reduced-resolution previews (NewSubfileType with bit 0 set). Only those read whole are listed.
     */
    List<Integer> pages() {
        return pages;
    }

    /** Reads the layout of {@code file}, a TIFF or BigTIFF by its first bytes. */
    static TiffLayout of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new Walk(channel).walk();
        }
    }

    /** One pass along the chain. */
    private static final class Walk {

        private final FileChannel channel;
        private final long size;
        private ByteOrder order;
        private boolean big;

        Walk(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
        }

        TiffLayout walk() throws IOException {
            List<Integer> pages = new ArrayList<>();
            ByteBuffer header = read(0, 16);
            if (header == null && (header = read(0, 8)) == null) {
                return new TiffLayout(true, pages);
            }
            order = header.get(0) == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            header.order(order);
            big = header.getShort(2) == 43;
            if (big && header.capacity() < 16) {
                return new TiffLayout(true, pages);
            }
            long next = big ? header.getLong(8) : header.getInt(4) & 0xFFFFFFFFL;
            Set<Long> seen = new HashSet<>();
            for (int index = 0; next != 0 && index < MOST_DIRECTORIES && seen.add(next); index++) {
                Directory directory = directory(next);
                if (directory == null) {
                    return new TiffLayout(true, pages);
                }
                if ((directory.subfileType & REDUCED_RESOLUTION) == 0) {
                    pages.add(index);
                }
                next = directory.next;
            }
            return new TiffLayout(false, pages);
        }

        private record Directory(long subfileType, long next) {
        }

        /** The directory at {@code at}; null when it, or a piece of its picture, lies beyond the file's end. */
        private Directory directory(long at) throws IOException {
            int countSize = big ? 8 : 2;
            int entrySize = big ? 20 : 12;
            ByteBuffer countBytes = read(at, countSize);
            if (countBytes == null) {
                return null;
            }
            long count = big ? countBytes.getLong(0) : countBytes.getShort(0) & 0xFFFF;
            if (count < 0 || count > (size - at) / entrySize) {
                return null;
            }
            ByteBuffer entries = read(at + countSize, (int) count * entrySize + (big ? 8 : 4));
            if (entries == null) {
                return null;
            }
            long subfileType = 0;
            long[][] pieces = new long[4][];
            for (int i = 0; i < count; i++) {
                int entry = i * entrySize;
                int tag = entries.getShort(entry) & 0xFFFF;
                int slot = switch (tag) {
                    case STRIP_OFFSETS, TILE_OFFSETS -> 0;
                    case STRIP_BYTE_COUNTS, TILE_BYTE_COUNTS -> 1;
                    case NEW_SUBFILE_TYPE -> 2;
                    default -> -1;
                };
                if (slot < 0) {
                    continue;
                }
                long[] values = values(entries, entry);
                if (values == null) {
                    return null;
                }
                if (slot == 2) {
                    subfileType = values.length > 0 ? values[0] : 0;
                } else {
                    pieces[slot] = values;
                }
            }
            if (!piecesWithin(pieces[0], pieces[1])) {
                return null;
            }
            int last = (int) count * entrySize;
            long next = big ? entries.getLong(last) : entries.getInt(last) & 0xFFFFFFFFL;
            return next != 0 && next >= size ? null : new Directory(subfileType, next);
        }

        /** True when every piece (offset and byte count) lies within the file; a piece without a count must start in it. */
        private boolean piecesWithin(long[] offsets, long[] counts) {
            if (offsets == null) {
                return true;
            }
            for (int i = 0; i < offsets.length; i++) {
                long length = counts != null && i < counts.length ? counts[i] : 1;
                if (length > 0 && (offsets[i] < 0 || offsets[i] > size - length)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The whole-number values of the entry at {@code entry} (SHORT, LONG, LONG8, IFD or IFD8);
         * an empty array for other types or more than {@link #MOST_PIECES}; null when they lie beyond the file's end.
         */
        private long[] values(ByteBuffer entries, int entry) throws IOException {
            int type = entries.getShort(entry + 2) & 0xFFFF;
            long count = big ? entries.getLong(entry + 4) : entries.getInt(entry + 4) & 0xFFFFFFFFL;
            int width = switch (type) {
                case 3 -> 2;
                case 4, 13 -> 4;
                case 16, 18 -> 8;
                default -> 0;
            };
            if (width == 0 || count < 0 || count > MOST_PIECES) {
                return new long[0];
            }
            int field = big ? 8 : 4;
            int valueAt = entry + (big ? 12 : 8);
            ByteBuffer data;
            int start;
            if (count * width <= field) {
                data = entries;
                start = valueAt;
            } else {
                long at = big ? entries.getLong(valueAt) : entries.getInt(valueAt) & 0xFFFFFFFFL;
                data = read(at, (int) (count * width));
                start = 0;
                if (data == null) {
                    return null;
                }
            }
            long[] values = new long[(int) count];
            for (int i = 0; i < count; i++) {
                int p = start + i * width;
                values[i] = switch (width) {
                    case 2 -> data.getShort(p) & 0xFFFF;
                    case 4 -> data.getInt(p) & 0xFFFFFFFFL;
                    default -> data.getLong(p);
                };
            }
            return values;
        }

        /** {@code length} bytes from {@code at}, in the file's byte order; null when they run past its end. */
        private ByteBuffer read(long at, int length) throws IOException {
            if (at < 0 || length < 0 || at > size - length) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) {
                    return null;
                }
            }
            return buffer.order(order == null ? ByteOrder.LITTLE_ENDIAN : order);
        }
    }
}
