package org.compactregister.cli;

import java.io.Console;
import java.util.Locale;
import java.util.function.Supplier;
import org.compactregister.service.RefusedException;

/**
 * A yes/no question a command asks on the terminal before it does something that cannot be undone,
 * unless the user added {@code --yes}. Without a terminal (a script, a scheduled task) the command
 * refuses rather than go ahead unasked.
 */
final class TerminalQuestion {

    private TerminalQuestion() {
    }

    /**
     * Returns when the user typed yes (or {@code yes} is set).
     *
     * @param nothingWas "nothing was restored", to begin the refusals
     * @param withoutAsking "replace the register", completing "Add --yes to … without asking."
     * @param question printed before the prompt
     * @param prompt "Type yes to replace it: "
     * @throws RefusedException when there is no terminal or the answer is not yes
     */
    static void confirm(Supplier<Console> console, boolean yes, String nothingWas, String withoutAsking,
                        String question, String prompt) {
        if (yes) {
            return;
        }
        Console terminal = console.get();
        if (terminal == null) {
            throw new RefusedException(nothingWas + ": there is no terminal to ask on. Add --yes to " + withoutAsking
                    + " without asking.");
        }
        terminal.printf("%s%n", question);
        String answer = terminal.readLine(prompt);
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
            throw new RefusedException(nothingWas + ": the answer was not yes.");
        }
    }
}
