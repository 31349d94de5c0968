package org.compactregister.ui.register;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.compactregister.model.FormField;
import org.compactregister.model.Signatory;
import org.compactregister.model.TwoVersions;
import org.compactregister.model.TwoVersions.Keep;
import org.compactregister.service.ChangedElsewhereException;

/**
 * The choice between two versions of a signatory after a save was refused because someone else
 * saved it first: every field where theirs and mine differ, each with a choice (mine where I
 * changed it, theirs where only they did, to begin with), "keep all mine" and "take all theirs".
 * Saving puts the chosen values on top of their version, checked against it again; going back
 * keeps the typing as it was.
 */
public final class VersionChoiceViewModel {

    /** One differing field: its label, both values, whether both changed it, and the choice. */
    public static final class Row {
        private final TwoVersions.FieldVersions versions;
        private final ObjectProperty<Keep> keep;

        Row(TwoVersions.FieldVersions versions) {
            this.versions = versions;
            this.keep = new SimpleObjectProperty<>(versions.suggested());
        }

        public FormField field() {
            return versions.field();
        }

        public String label() {
            return versions.field().label();
        }

        public String theirs() {
            return versions.theirs();
        }

        public String mine() {
            return versions.mine();
        }

        /** True when both changed this field: the one the user must look at. */
        public boolean changedByBoth() {
            return versions.changedByBoth();
        }

        public ObjectProperty<Keep> keepProperty() {
            return keep;
        }
    }

    private final SignatoryFormViewModel form;
    private final Signatory theirs;
    private final TwoVersions comparison;
    private final String savedBy;
    private final List<Row> rows;

    VersionChoiceViewModel(SignatoryFormViewModel form, ChangedElsewhereException refused) {
        this.form = form;
        this.theirs = refused.theirs().orElseThrow();
        this.comparison = refused.comparison().orElseThrow();
        this.savedBy = refused.savedBy().isEmpty() ? "someone else" : refused.savedBy();
        this.rows = comparison.differing().stream().map(Row::new).toList();
    }

    /** The heading: who saved what while the form was open, and what to do. */
    public String heading() {
        return "\"" + theirs.organisation() + "\" was saved by " + savedBy + " while you had it open. "
                + (rows.isEmpty() ? "Their version already holds everything you typed."
                : "Choose which to keep in each field that differs; every other field stays as they saved it.");
    }

    /** "alice at 10:42": who saved their version and when. */
    public String savedBy() {
        return savedBy;
    }

    /** The fields where their version and mine differ, in the form's order. */
    public List<Row> rows() {
        return rows;
    }

    /** Their version's version number: the save is checked against it. */
    public int theirVersion() {
        return theirs.version();
    }

    /** Chooses my value in every differing field. */
    public void keepAllMine() {
        rows.forEach(row -> row.keep.set(Keep.MINE));
    }

    /** Chooses their value in every differing field. */
    public void takeAllTheirs() {
        rows.forEach(row -> row.keep.set(Keep.THEIRS));
    }

    /** Their form with the fields chosen as mine taken from mine. */
    public org.compactregister.model.CommitmentForm chosen() {
        Map<FormField, Keep> choices = new EnumMap<>(FormField.class);
        rows.forEach(row -> choices.put(row.field(), row.keep.get()));
        return comparison.merged(choices);
    }

    /** Saves the choices on top of their version (in the background; checked against it again). */
    public void save() {
        form.saveOnTopOf(theirs, chosen());
    }

    /** Back to the form without saving; what was typed stays. */
    public void backToForm() {
        form.backToForm();
    }
}
