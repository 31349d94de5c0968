package org.compactregister.ui.register;

import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.service.RegisterService;

/**
 * The register screen's first answer: the page it shows before anything is typed or chosen
 * ({@link RegisterQuery#everything()}, organisations A to Z), and whether the register is empty.
 * Read in the background as soon as the register has opened, while JavaFX is still building the
 * window, so that the window shows its rows at once ({@link RegisterViewModel#refresh(java.util.concurrent.CompletableFuture)}).
 *
 * @param query the question it answers
 * @param page the signatories of the first page, with the count of all
 * @param registerEmpty whether the register holds no signatory at all
 */
public record FirstPage(RegisterQuery query, RegisterPage page, boolean registerEmpty) {

    /** Reads the first page of {@code register} now (at 100,000 signatories: one indexed query and a count). */
    public static FirstPage read(RegisterService register) {
        RegisterQuery query = RegisterQuery.everything();
        RegisterPage page = register.search(query);
        return new FirstPage(query, page, page.totalMatching() == 0 && register.count() == 0);
    }
}
