package org.compactregister.service;

/** Sets the link to the server as a listener would, for tests of what the window does meanwhile. */
public final class LinkForTests {

    private LinkForTests() {
    }

    public static void set(RegisterChanges changes, RegisterChanges.Link link) {
        changes.linkChanged(link);
    }
}
