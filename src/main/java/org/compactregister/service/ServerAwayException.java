package org.compactregister.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The register's server is not answering (the network dropped, the server restarts): nothing was
 * saved. This program reconnects by itself; the change can be made again once it is back.
 */
public class ServerAwayException extends RefusedException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public ServerAwayException(RegisterChanges.Link link, ZoneId zone) {
        super("The register's server has not answered since " + TIME.format(link.since().atZone(zone))
                + ", so nothing was saved. This PC reconnects by itself: try again once the status bar says the "
                + "shared register is connected.");
    }
}
