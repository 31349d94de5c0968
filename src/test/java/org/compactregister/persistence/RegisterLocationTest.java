package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RegisterLocationTest {

    @Test
    void aServerAddressNamesHostPortDatabaseAndUser() {
        var server = assertInstanceOf(RegisterLocation.Server.class,
                RegisterLocation.parse("postgresql://office-pc:5433/compact?user=b.okafor"));
        assertEquals(new RegisterLocation.Server("office-pc", 5433, "compact", "b.okafor"), server);
        assertEquals("jdbc:postgresql://office-pc:5433/compact", server.jdbcUrl());
        assertEquals("postgresql://office-pc:5433/compact?user=b.okafor", server.address());
        assertEquals("the shared register compact on office-pc:5433", server.describe());
        assertEquals(Engine.POSTGRESQL, server.engine());
    }

    @Test
    void thePortDefaultsTo5432AndTheUserToTheComputersAndOtherSpellingsAreRead() {
        var plain = (RegisterLocation.Server) RegisterLocation.parse("postgresql://192.0.2.10/register");
        assertEquals(5432, plain.port());
        assertNull(plain.user());
        assertEquals(System.getProperty("user.name"), plain.userOrDefault());
        assertEquals("the shared register register on 192.0.2.10", plain.describe());
        assertEquals(new RegisterLocation.Server("db.example.org", 5432, "compact", "a.mensah"),
                RegisterLocation.parse("jdbc:postgresql://a.mensah@db.example.org/compact"));
        assertEquals(new RegisterLocation.Server("db.example.org", 5432, "compact", "a.mensah"),
                RegisterLocation.parse(" postgres://a.mensah:never-kept@db.example.org/compact "),
                "a password written in the address is not kept");
    }

    @Test
    void anIncompleteServerAddressIsRefusedInWords() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterLocation.parse("postgresql://office-pc"))
                .getMessage().contains("Say which database on office-pc"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RegisterLocation.parse("postgresql:///compact"))
                .getMessage().contains("names no server"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new RegisterLocation.Server("office-pc", 70000, "compact", null)).getMessage().contains("65535"));
    }

    @Test
    void anythingElseIsAnH2FileWithItsEnding() {
        var file = assertInstanceOf(RegisterLocation.H2File.class, RegisterLocation.parse("/srv/registers/office"));
        assertEquals(Path.of("/srv/registers/office.mv.db"), file.file());
        assertEquals(Engine.H2, file.engine());
        assertEquals("/srv/registers/office.mv.db", file.describe());
    }
}
