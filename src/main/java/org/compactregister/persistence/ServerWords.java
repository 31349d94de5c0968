package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A register on a server whose connection fails (the network dropped, the server restarts) says so
 * in words, as a {@link RegisterUnavailableException}, whether the failure comes on taking a
 * connection or in the middle of a statement, through a handle or a SqlObject DAO: the window shows the sentence, the command line
 * prints it. Nothing is saved by the failed call (its transaction never commits).
 */
final class ServerWords {

    private ServerWords() {
    }

    /** A Jdbi over {@code server}'s connections that puts a lost connection in words. */
    static Jdbi jdbi(ServerConnections server) {
        ConnectionFactory connections = new ConnectionFactory() {
            @Override
            public Connection openConnection() throws SQLException {
                try {
                    return server.dataSource().getConnection();
                } catch (SQLException e) {
                    throw lost(server, e);
                }
            }
        };
        Jdbi jdbi = Jdbi.create(connections);
        jdbi.setHandleCallbackDecorator(new HandleCallbackDecorator() {
            @Override
            public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
                return handle -> {
                    try {
                        return callback.withHandle(handle);
                    } catch (JdbiException e) {
                        if (AuditRepository.lostConnection(e)) {
                            throw lost(server, e);
                        }
                        throw e;
                    }
                };
            }
        });
        // the SqlObject DAOs (withExtension, onDemand) do not run through the callback decorator
        jdbi.getConfig(org.jdbi.v3.core.extension.Extensions.class).registerHandlerCustomizer(
                (handler, extensionType, method) -> (config, target) -> {
                    org.jdbi.v3.core.extension.AttachedExtensionHandler attached = handler.attachTo(config, target);
                    return (handles, args) -> {
                        try {
                            return attached.invoke(handles, args);
                        } catch (JdbiException e) {
                            if (AuditRepository.lostConnection(e)) {
                                throw lost(server, e);
                            }
                            throw e;
                        }
                    };
                });
        return jdbi;
    }

    private static RegisterUnavailableException lost(ServerConnections server, Exception e) {
        return new RegisterUnavailableException(null, "The register's server " + server.location().host()
                + " could not be reached, so this was not done (nothing was saved). Check that this PC is on the "
                + "network and the server is on; the register reconnects by itself.", e);
    }
}
