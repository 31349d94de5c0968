package org.compactregister.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.SearchWords;
import org.compactregister.model.Sector;
import org.compactregister.model.Status;
import org.compactregister.model.SortColumn;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The register's search held in memory (see docs/decisions/0009-search-in-memory.md): every
 * signatory's search words ({@link WordIndex}) and what the table sorts and filters by, so that a
 * keystroke costs no query but the one that reads the rows shown. Kept current by
 * {@link #changed}: the repositories name the signatories they wrote, and the next search reads
 * just those again. Built on first use from the {@code signatory} table (about a second at
 * 100,000 signatories). One per open register ({@link #of}); thread-safe.
 */
final class SearchIndex {

    /** Past this many changed signatories at once, the whole index is read again. */
    private static final int REBUILD_FROM = 5_000;
    private static final String COLUMNS = "id, organisation, organisation_key, signatory_name, postcode, email, "
            + "telephone, second_telephone, sector, status, date_signed, date_received, town";

    /** One signatory as the search sees it. */
    private record Entry(long id, String organisationKey, String nameKey, String sector, String status,
                         LocalDate dateSigned, LocalDate dateReceived, String townKey, String postcode) {
    }

    private final Jdbi jdbi;
    private final List<Entry> slots = new ArrayList<>();
    /** By slot: the numbers of the signatory's words in {@link #words}. */
    private final List<int[]> wordsOf = new ArrayList<>();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private final Map<SortColumn, int[]> ascending = new EnumMap<>(SortColumn.class);
    private final Map<SortColumn, int[]> descending = new EnumMap<>(SortColumn.class);
    private final Set<Long> changed = new HashSet<>();
    /** By slot: the signatory's id (-1 once deleted), its sector and status (enum ordinals, -1 for none). */
    private long[] ids = new long[0];
    private byte[] sectors = new byte[0];
    private byte[] statuses = new byte[0];
    private WordIndex words = new WordIndex();
    private boolean built;
    private boolean rebuild;
    private int dead;

    private SearchIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The index of the register that {@code jdbi} opens (kept in its configuration, so it goes with it). */
    static SearchIndex of(Jdbi jdbi) {
        Held held = jdbi.getConfig(Held.class);
        synchronized (held) {
            if (held.index == null) {
                held.index = new SearchIndex(jdbi);
            }
            return held.index;
        }
    }

    /** Where a {@link Jdbi} keeps its register's index: one for the Jdbi and every handle it opens. */
    public static final class Held implements JdbiConfig<Held> {
        private SearchIndex index;

        @Override
        public Held createCopy() {
            return this;
        }
    }

    /** Notes that these signatories were added, changed or deleted; the next search reads them again. */
    synchronized void changed(Collection<Long> ids) {
        if (!built || rebuild) {
            return;
        }
        changed.addAll(ids);
        if (changed.size() >= REBUILD_FROM) {
            rebuild = true;
            changed.clear();
        }
    }

    /** Notes that any signatory may have changed (a bulk write): the next search reads them all again. */
    synchronized void changedAll() {
        rebuild = true;
        changed.clear();
    }

    /** Reads the register now (if not yet read), so that the first keystroke does not wait for it. */
    synchronized void prepare() {
        bringUpToDate();
    }

    /**
     * The ids of the signatories {@code query} finds, in the table's order (every exact match before
     * any inside-word match, those before any one-slip match), at most the query's limit, and the
     * count of all it finds.
     */
    synchronized Found find(RegisterQuery query) {
        bringUpToDate();
        byte[] best = null;
        for (String typed : SearchWords.ofQuery(query.searchText())) {
            byte[] forWord = new byte[slots.size()];
            Arrays.fill(forWord, WordIndex.NONE);
            words.match(typed, forWord);
            if (best == null) {
                best = forWord;
            } else {
                for (int i = 0; i < best.length; i++) {
                    best[i] = (byte) Math.max(best[i], forWord[i]);
                }
            }
        }
        int sector = query.sector() == null ? -1 : query.sector().ordinal();
        int status = query.status() == null ? -1 : query.status().ordinal();
        int limit = query.limit();
        int[] counts = new int[WordIndex.NONE];
        for (int slot = 0; slot < slots.size(); slot++) {
            byte tier = best == null ? WordIndex.EXACT : best[slot];
            if (tier != WordIndex.NONE && ids[slot] >= 0 && (sector < 0 || sectors[slot] == sector)
                    && (status < 0 || statuses[slot] == status)) {
                counts[tier]++;
            } else if (best != null) {
                best[slot] = WordIndex.NONE;
            } else {
                best = new byte[slots.size()];
                best[slot] = WordIndex.NONE;
            }
        }
        int total = counts[0] + counts[1] + counts[2];
        long[][] tiers = new long[WordIndex.NONE][];
        int[] filled = new int[WordIndex.NONE];
        for (int tier = 0; tier < WordIndex.NONE; tier++) {
            tiers[tier] = new long[Math.min(limit, counts[tier])];
        }
        int wanted = Math.min(limit, counts[0]);
        for (int slot : order(query.sortBy(), query.ascending())) {
            byte tier = best == null ? WordIndex.EXACT : best[slot];
            if (tier != WordIndex.NONE && filled[tier] < tiers[tier].length) {
                tiers[tier][filled[tier]++] = ids[slot];
                if (tier == WordIndex.EXACT && filled[tier] == wanted && wanted == limit) {
                    break; // the page is all exact matches
                }
            }
        }
        List<Long> page = new ArrayList<>(Math.min(limit, total));
        for (int tier = 0; tier < WordIndex.NONE; tier++) {
            for (int i = 0; i < filled[tier] && page.size() < limit; i++) {
                page.add(tiers[tier][i]);
            }
        }
        return new Found(page, total);
    }

    /** What a search found: the ids of the rows to show, in order, and how many match in all. */
    record Found(List<Long> ids, int total) {
    }

    private void bringUpToDate() {
        if (!built || rebuild || dead > slots.size() / 4 + 1000) {
            readAll();
        } else if (!changed.isEmpty()) {
            readAgain(changed);
            changed.clear();
        }
    }

    private void readAll() {
        slots.clear();
        wordsOf.clear();
        slotOf.clear();
        ascending.clear();
        descending.clear();
        changed.clear();
        words = new WordIndex();
        dead = 0;
        jdbi.useHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM signatory")
                .map((rs, ctx) -> read(rs))
                .forEach(this::put));
        words.seal();
        built = true;
        rebuild = false;
    }

    private void readAgain(Collection<Long> again) {
        for (Long id : again) {
            Integer slot = slotOf.remove(id);
            if (slot != null) {
                words.remove(slot, wordsOf.get(slot));
                wordsOf.set(slot, null);
                slots.set(slot, null);
                ids[slot] = -1;
                dead++;
            }
        }
        List<Long> list = new ArrayList<>(again);
        for (int from = 0; from < list.size(); from += 1000) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            jdbi.useHandle(handle -> read(handle, chunk).forEach(this::put));
        }
        words.sealWhenManyAreNew();
        ascending.clear();
        descending.clear();
    }

    /** A signatory read for the index: what it sorts and filters by, and its search words. */
    private record Read(Entry entry, Set<String> words) {
    }

    private static List<Read> read(Handle handle, List<Long> ids) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM signatory WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> read(rs))
                .list();
    }

    private static Read read(java.sql.ResultSet rs) throws java.sql.SQLException {
        String organisation = rs.getString("organisation");
        String name = rs.getString("signatory_name");
        String postcode = rs.getString("postcode");
        CommitmentForm form = new CommitmentForm(name, null, organisation, new Address("", "", "", postcode),
                rs.getString("telephone"), rs.getString("second_telephone"), rs.getString("email"), null, null,
                null, "");
        return new Read(new Entry(rs.getLong("id"), rs.getString("organisation_key"), name.toLowerCase(Locale.ROOT),
                rs.getString("sector"), rs.getString("status"), rs.getObject("date_signed", LocalDate.class),
                rs.getObject("date_received", LocalDate.class), rs.getString("town").toLowerCase(Locale.ROOT),
                postcode), SearchWords.of(form));
    }

    private void put(Read read) {
        Entry entry = read.entry();
        int slot = slots.size();
        if (slot == ids.length) {
            int size = Math.max(1024, slot * 2);
            ids = Arrays.copyOf(ids, size);
            sectors = Arrays.copyOf(sectors, size);
            statuses = Arrays.copyOf(statuses, size);
        }
        ids[slot] = entry.id();
        sectors[slot] = (byte) (entry.sector() == null ? -1 : Sector.valueOf(entry.sector()).ordinal());
        statuses[slot] = (byte) Status.valueOf(entry.status()).ordinal();
        slots.add(entry);
        slotOf.put(entry.id(), slot);
        wordsOf.add(words.add(slot, read.words()));
    }

    /** The slots in the table's order for this column and direction, sorted once and kept until a change. */
    private int[] order(SortColumn column, boolean up) {
        Map<SortColumn, int[]> orders = up ? ascending : descending;
        int[] order = orders.get(column);
        if (order == null) {
            Comparator<Entry> byColumn = TableOrder.of(column, up);
            order = java.util.stream.IntStream.range(0, slots.size())
                    .filter(slot -> slots.get(slot) != null)
                    .boxed()
                    .sorted((a, b) -> byColumn.compare(slots.get(a), slots.get(b)))
                    .mapToInt(Integer::intValue)
                    .toArray();
            orders.put(column, order);
        }
        return order;
    }

    /** The order of {@code RegisterSearch}'s SQL: the column (nulls last either way), then match key, then id. */
    private static final class TableOrder {
        static Comparator<Entry> of(SortColumn column, boolean up) {
            Comparator<Entry> first = switch (column) {
                case ORGANISATION -> nullsLast(Entry::organisationKey, up);
                case SIGNATORY_NAME -> nullsLast(Entry::nameKey, up);
                case SECTOR -> nullsLast(Entry::sector, up);
                case DATE_SIGNED -> nullsLast(Entry::dateSigned, up);
                case DATE_RECEIVED -> nullsLast(Entry::dateReceived, up);
                case STATUS -> nullsLast(Entry::status, up);
                case TOWN -> nullsLast(Entry::townKey, up);
                case POSTCODE -> nullsLast(Entry::postcode, up);
            };
            return first.thenComparing(Entry::organisationKey).thenComparingLong(Entry::id);
        }

        private static <T extends Comparable<? super T>> Comparator<Entry> nullsLast(
                java.util.function.Function<Entry, T> key, boolean up) {
            Comparator<T> natural = up ? Comparator.naturalOrder() : Comparator.reverseOrder();
            return Comparator.comparing(key, Comparator.nullsLast(natural));
        }
    }
}
