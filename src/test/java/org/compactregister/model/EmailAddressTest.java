package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({
        "info@Oakwell-Trust.EXAMPLE.org,info@oakwell-trust.example.org",
        " mailto:a.b+c@example.org ,a.b+c@example.org",
        "zoë@example.org,zoë@example.org"})
    void keepsTheLocalPartAndLowersTheDomain(String typed, String expected) {
        assertEquals(Optional.of(expected), EmailAddress.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "info", "info@", "@example.org", "info@example", "info@@example.org",
        "in fo@example.org", "info@example..org", ".info@example.org", "info.@example.org", "info@-example.org"})
    void refusesWhatIsNotAnEmailAddress(String typed) {
        assertTrue(EmailAddress.normalise(typed).isEmpty(), typed);
    }
}
