package org.compactregister.form;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What reading one inbox file found: the forms in it, in page order, or why none was found
 * ({@code problem}, in the office's words). A file with several forms is split ({@link FormSplitter}).
 */
public record InboxMatch(Path file, int pageCount, List<FoundForm> forms, String problem) {

    public InboxMatch {
        forms = List.copyOf(forms);
    }

    public static InboxMatch none(Path file, int pageCount, String problem) {
        return new InboxMatch(file, pageCount, List.of(), problem);
    }

    /** The one form matched to this register when the file holds exactly one form. */
    public Optional<FoundForm> single() {
        return forms.size() == 1 && forms.get(0).matched() ? Optional.of(forms.get(0)) : Optional.empty();
    }

    public boolean needsSplitting() {
        return forms.size() > 1;
    }

    /** In words, for the inbox list and the command line: "matched CS-000042 · Oak Lane Trust", "3 forms: ...", or why not. */
    public String describe() {
        if (forms.isEmpty()) {
            return "not matched: " + problem;
        }
        if (forms.size() == 1) {
            FoundForm form = forms.get(0);
            return form.owner().map(owner -> "matched " + owner.describe()
                            + form.filled().map(f -> " (" + f.source().words() + ")").orElse(""))
                    .orElse("not matched: " + form.reference().text() + " is not in this register");
        }
        StringBuilder text = new StringBuilder(forms.size() + " forms in one scan: ");
        for (int i = 0; i < forms.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(forms.get(i).reference().text());
        }
        return text.toString();
    }
}
