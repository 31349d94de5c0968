package org.compactregister.persistence;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * The engines a register test runs on: {@code @ParameterizedTest @ArgumentsSource(Engines.class)}
 * gives the test an {@link Engine}, and {@link #register(Engine, Path)} a new, empty register on it
 * (an H2 file in the test's folder, or a fresh database on {@link TestPostgres}'s server).
 * PostgreSQL is left out only under {@link TestPostgres#skipped()}.
 */
public final class Engines implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return (TestPostgres.skipped() ? Stream.of(Engine.H2) : Stream.of(Engine.H2, Engine.POSTGRESQL))
                .map(Arguments::of);
    }

    /** A new, empty register's location on {@code engine}; an H2 register is {@code dir/register.mv.db}. */
    public static RegisterLocation register(Engine engine, Path dir) {
        return switch (engine) {
            case H2 -> new RegisterLocation.H2File(dir.resolve("register"));
            case POSTGRESQL -> TestPostgres.freshDatabase();
        };
    }

    /** Opens a new, empty register on {@code engine} (see {@link #register(Engine, Path)}). */
    public static RegisterDatabase open(Engine engine, Path dir) {
        return RegisterDatabase.open(register(engine, dir));
    }
}
