package org.compactregister.cli;

import java.util.ListResourceBundle;
import org.compactregister.service.DatabaseLocation;
import org.compactregister.service.RefusedException;

/**
 * The help's words for the register a command uses when it is given no {@code --db}: the register
 * this PC uses ({@link DatabaseLocation#choice()}), or, when the setting that should name it names
 * none, that there is none and why, so that {@code --help} never shows "default: null". Given to
 * picocli as the command line's resource bundle; the option's description reads it as
 * {@code ${bundle:usual.register}}.
 */
public final class UsualRegisterHelp extends ListResourceBundle {

    /** The key of the words in this bundle. */
    static final String KEY = "usual.register";

    @Override
    protected Object[][] getContents() {
        return new Object[][] {{KEY, words()}};
    }

    /** "default: PATH" for the usual register, or "no default: WHY" when a setting names none. */
    static String words() {
        try {
            return "default: " + DatabaseLocation.choice().location().describe();
        } catch (RefusedException badSetting) {
            return "no default: " + badSetting.getMessage();
        }
    }
}
