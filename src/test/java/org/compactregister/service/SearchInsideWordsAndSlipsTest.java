package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.persistence.Engine;
import org.compactregister.persistence.Engines;

/** The search finds letters inside words and words with one slip, after the exact matches, and keeps up with saves. */
@ParameterizedClass
@ArgumentsSource(Engines.class)
class SearchInsideWordsAndSlipsTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Services services;
    private RegisterService register;

    @BeforeEach
    void open() {
        services = Services.open(Engines.register(engine, dir), RegisterServiceTest.CLOCK);
        register = services.register();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Signatory add(String name, String organisation, String town, String postcode) {
        CommitmentForm form = new CommitmentForm(name, LocalDate.of(2025, 6, 1), organisation,
                new Address("1 Market Place", "", town, postcode), "", "", Sector.VOLUNTARY_AND_COMMUNITY, null,
                null, "");
        return ((SaveOutcome.Saved) register.register(form, true)).signatory();
    }

    private List<String> found(String typed) {
        return register.search(RegisterQuery.everything().withSearchText(typed)).signatories().stream()
                .map(Signatory::organisation).toList();
    }

    @Test
    void lettersInsideAWordAreFoundAfterTheWordsThatStartWithThem() {
        add("Amelia Whitfield", "Leicester Tenants Forum", "Leicester", "LE1 1AA");
        add("Kwame Mensah", "Cestersham Bowls Club", "Cestersham", "LE2 2BB");
        add("Zofia Nowak", "Oakwell Youth Club", "Oakwell", "LE3 3CC");

        assertEquals(List.of("Cestersham Bowls Club", "Leicester Tenants Forum"), found("cester"),
                "Cestersham starts with it, so it comes first, though Leicester sorts before it");
        assertEquals(List.of("Oakwell Youth Club"), found("kwell"));
        assertEquals(List.of(), found("ic"), "two letters are looked for at the start of words only");
    }

    @Test
    void oneWrongMissingExtraOrSwappedLetterIsForgivenInWordsOfFiveLettersOrMore() {
        add("Amelia Whitfield", "Brambleford Food Share", "Brambleford", "LE1 1AA");
        add("Kwame Mensah", "Oakwood Trust", "Oakwood", "LE2 2BB");
        add("Zofia Nowak", "Oakwold Farm", "Oakwold", "LE3 3CC");
        for (String slip : List.of("brambelford", "bramblford", "brammbleford", "brsmbleford", "rbambleford")) {
            assertEquals(List.of("Brambleford Food Share"), found(slip), slip);
        }
        assertEquals(List.of("Oakwood Trust", "Oakwold Farm"), found("oakwoo"),
                "Oakwood starts with it; Oakwold is one letter off, so it comes after, though it sorts before");
        assertEquals(List.of("Brambleford Food Share"), found("bramblefxrd food"));
        assertEquals(List.of(), found("bramblefxrd fxod"), "every typed word must still be found");
        assertEquals(List.of(), found("brxmxleford"), "two slips are too many");
        assertEquals(List.of(), found("fxod"), "a word of four letters must be typed right");
    }

    @Test
    void rankingHoldsInEveryOrderAndWithTheFilters() {
        Signatory exact = add("Priya Patel", "Ashby Carers", "Ashby", "LE6 6FF");
        Signatory inside = add("Tomasz Zieliński", "Stashby Repair Café", "Stashby", "LE5 5EE");
        Signatory slip = add("Noor Haddad", "Ahsby Food Bank", "Ahsby", "LE4 4DD");
        for (SortColumn column : SortColumn.values()) {
            for (boolean up : new boolean[] {true, false}) {
                var page = register.search(RegisterQuery.everything().withSearchText("ashby").sortedBy(column, up));
                assertEquals(List.of(exact, inside, slip), page.signatories(), column + " " + up);
                assertEquals(3, page.totalMatching());
            }
        }
        register.withdraw(inside, new Withdrawal(LocalDate.of(2026, 1, 1), "Closed"));
        assertEquals(List.of("Ashby Carers", "Ahsby Food Bank"), register.search(RegisterQuery.everything()
                .withSearchText("ashby").withStatus(Status.RECEIVED)).signatories().stream()
                .map(Signatory::organisation).toList(), "the withdrawal reached the search");
    }

    @Test
    void theSearchKeepsUpWithSavesDeletesAndAcknowledgements() {
        Signatory first = add("Amelia Whitfield", "Quillby Knitting Circle", "Hinckley", "LE10 9QZ");
        assertEquals(List.of("Quillby Knitting Circle"), found("quillby"));
        Signatory renamed = ((SaveOutcome.Saved) register.update(first, first.form().withAddress(
                first.form().address()), true)).signatory();
        register.update(renamed, new CommitmentForm(renamed.signatoryName(), renamed.form().dateSigned(),
                "Hinckley Yarn Circle", renamed.form().address(), "", "", Sector.VOLUNTARY_AND_COMMUNITY, null, null,
                ""), true);
        assertEquals(List.of(), found("quillby"));
        assertEquals(List.of("Hinckley Yarn Circle"), found("yarn"));
        register.markAcknowledged(List.of(first.id()), LocalDate.of(2026, 11, 29));
        assertEquals(1, register.search(RegisterQuery.everything().withSearchText("yarn")
                .withStatus(Status.ACKNOWLEDGED)).totalMatching());
        register.delete(register.find(first.id()).orElseThrow());
        assertEquals(List.of(), found("yarn"));
    }

    @Test
    void theOrderIsTheDatabasesOrderForEveryColumnAndDirection() {
        services.sampleData().fillEmptyRegister(300);
        for (SortColumn column : SortColumn.values()) {
            for (boolean up : new boolean[] {true, false}) {
                RegisterQuery query = RegisterQuery.everything().sortedBy(column, up).withLimit(100_000);
                var typed = register.search(query.withSearchText("a"));
                Set<Long> ids = typed.signatories().stream().map(Signatory::id).collect(Collectors.toSet());
                List<Signatory> bySql = register.search(query).signatories().stream()
                        .filter(s -> ids.contains(s.id())).toList();
                assertTrue(ids.size() > 20, "the sample holds many a's");
                assertEquals(bySql, typed.signatories(), column + (up ? " ascending" : " descending"));
            }
        }
    }
}
