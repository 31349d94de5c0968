package org.compactregister.ui.shared;

/**
 * What staff typed in File > Connect to a shared register…: the server's name or address, its
 * port (text as typed; blank for 5432), the database, the login (blank for the computer's user
 * name) and the password (empty: from PGPASSWORD or the .pgpass file). The password is held only
 * until the connection is made, and never written anywhere.
 */
public record ServerDetails(String host, String port, String database, String user, char[] password) {
}
