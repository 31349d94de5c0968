package org.compactregister.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.compactregister.model.FormField;
import org.compactregister.service.Services;
import org.jdbi.v3.core.Handle;

/**
 * Not a test: times the CPU side of an import on one CSV file, without the database: (a) working out
 * the encoding ({@link EncodingDetector#detect}), (b) reading every row ({@link CsvFileReader}),
 * (s) the import's survey of its date columns (every row read again, each date cell judged, as
 * {@link CsvImportService} does before it checks), (c) reading and checking every row in the encoding found
 * ({@link RowChecker#check}, built as {@link CsvImportService} builds it, with the survey's date
 * orders, against an empty register), each the median of 5 runs after a warm-up, next to H2's
 * CSVREAD of the same file into a table of a scratch register (the import's baseline). Also prints a
 * fingerprint of the outcome (rows accepted and refused, a CRC of every refusal and note) so that two
 * versions of the code can be shown to judge the file the same way. Run it with
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.compactregister.io.ReadAndCheckProbe FILE.csv [SCRATCH_DIR]
 * </pre>
 */
public final class ReadAndCheckProbe {

    private static final int RUNS = 5;

    private ReadAndCheckProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path scratch = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("read-and-check");
        try (Services services = Services.open(scratch.resolve("register"), Clock.systemDefaultZone())) {
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                TextEncoding encoding = EncodingDetector.detect(csv);
                read(csv, encoding);
                check(csv, encoding, services, survey(csv, encoding));
            }
            long[] detect = new long[RUNS];
            long[] read = new long[RUNS];
            long[] survey = new long[RUNS];
            long[] check = new long[RUNS];
            long[] csvRead = new long[RUNS];
            String fingerprint = "";
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                TextEncoding encoding = EncodingDetector.detect(csv);
                detect[run] = System.nanoTime() - start;
                start = System.nanoTime();
                read(csv, encoding);
                read[run] = System.nanoTime() - start;
                start = System.nanoTime();
                Map<FormField, DateOrder> orders = survey(csv, encoding);
                survey[run] = System.nanoTime() - start;
                start = System.nanoTime();
                fingerprint = check(csv, encoding, services, orders);
                check[run] = System.nanoTime() - start;
                csvRead[run] = csvRead(services, csv, run);
            }
            System.out.printf(Locale.UK, "detect            %7.0f ms%n", median(detect));
            System.out.printf(Locale.UK, "read              %7.0f ms%n", median(read));
            System.out.printf(Locale.UK, "survey (dates)    %7.0f ms%n", median(survey));
            System.out.printf(Locale.UK, "read + check      %7.0f ms%n", median(check));
            System.out.printf(Locale.UK, "detect+read+check %7.0f ms%n", median(detect) + median(check));
            System.out.printf(Locale.UK, "  + survey        %7.0f ms%n", median(detect) + median(survey) + median(check));
            System.out.printf(Locale.UK, "H2 CSVREAD        %7.0f ms%n", median(csvRead));
            System.out.println("outcome " + fingerprint);
        }
    }

    private static int read(Path csv, TextEncoding encoding) {
        int rows = 0;
        try (CsvFileReader reader = CsvFileReader.open(csv, encoding)) {
            for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** The date orders the import's survey finds (as CsvImportService.survey and dateOrders do). */
    private static Map<FormField, DateOrder> survey(Path csv, TextEncoding encoding) {
        try (CsvFileReader reader = CsvFileReader.open(csv, encoding)) {
            ColumnMapping mapping = ColumnMapping.guess(reader.header());
            Map<FormField, DateColumn> dates = new EnumMap<>(FormField.class);
            for (FormField field : List.of(FormField.DATE_SIGNED, FormField.DATE_RECEIVED)) {
                mapping.column(field).ifPresent(column -> dates.put(field, new DateColumn(field, "\""
                        + reader.header().get(column).strip() + "\"", Optional.empty(), Optional.empty(),
                        Optional.empty())));
            }
            for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                CsvRow got = row.get();
                if (got.unreadable().isEmpty()) {
                    dates.replaceAll((field, column) -> column.with(got.line(),
                            mapping.column(field).map(got::cell).orElse("")));
                }
            }
            Map<FormField, DateOrder> orders = new EnumMap<>(FormField.class);
            dates.values().forEach(column -> column.judged().ifPresent(order -> orders.put(column.field(), order)));
            return orders;
        }
    }

    /** Reads and checks every row as the import does; the outcome's fingerprint. */
    private static String check(Path csv, TextEncoding encoding, Services services, Map<FormField, DateOrder> orders) {
        try (CsvFileReader reader = CsvFileReader.open(csv, encoding)) {
            ColumnMapping mapping = ColumnMapping.guess(reader.header());
            RowChecker checker = new RowChecker(services.register(), new RegisterNames(List.of()), mapping,
                    reader.header(), orders);
            int accepted = 0;
            int refused = 0;
            CRC32 crc = new CRC32();
            for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                RowCheck check = checker.check(row.get());
                if (check.isAccepted()) {
                    accepted++;
                    List<String> said = new ArrayList<>(check.notes());
                    said.add(check.form().toString());
                    said.forEach(note -> crc.update((check.line() + note).getBytes()));
                } else {
                    refused++;
                    crc.update((check.line() + check.refusal().orElseThrow()).getBytes());
                }
            }
            reader.repairs().forEach(note -> crc.update(note.getBytes()));
            return "accepted " + accepted + " refused " + refused + " repairs " + reader.repairs().size()
                    + " crc " + Long.toHexString(crc.getValue());
        }
    }

    private static long csvRead(Services services, Path csv, int run) throws Exception {
        try (Handle handle = services.database().jdbi().open();
             Statement statement = handle.getConnection().createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE raw_import_" + run + " AS SELECT * FROM CSVREAD('"
                    + csv.toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            long took = System.nanoTime() - start;
            statement.execute("DROP TABLE raw_import_" + run);
            return took;
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
