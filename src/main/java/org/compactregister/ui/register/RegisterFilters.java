package org.compactregister.ui.register;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;

/**
 * What the register screen asks for: the text typed in the search box, the sector and status
 * filters, and the table's order (by organisation, A to Z, to begin with). Part of
 * {@link RegisterViewModel}, which asks the database again whenever one of them changes.
 */
final class RegisterFilters {

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<SortColumn> sortColumn = new SimpleObjectProperty<>(SortColumn.ORGANISATION);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);

    RegisterFilters() {
    }

    /** Runs {@code action} at every change of the search text, a filter or the order: once for each one changed. */
    void whenChanged(Runnable action) {
        searchText.addListener((obs, old, now) -> action.run());
        sector.addListener((obs, old, now) -> action.run());
        status.addListener((obs, old, now) -> action.run());
        sortColumn.addListener((obs, old, now) -> action.run());
        ascending.addListener((obs, old, now) -> action.run());
    }

    /** The question these describe, for the register's search. */
    public RegisterQuery query() {
        return RegisterQuery.everything()
                .withSearchText(searchText.get())
                .withSector(sector.get())
                .withStatus(status.get())
                .sortedBy(sortColumn.get(), ascending.get());
    }

    /** Clears the search box and the filters (the search text, then the sector, then the status); the order stays. */
    public void clear() {
        searchText.set("");
        sector.set(null);
        status.set(null);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<SortColumn> sortColumnProperty() {
        return sortColumn;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }
}
