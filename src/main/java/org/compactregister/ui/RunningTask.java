package org.compactregister.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A task under way: its progress (0 to 1, or -1 when unknown), its message, and a way to cancel it. */
public interface RunningTask {

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    void cancel();
}
