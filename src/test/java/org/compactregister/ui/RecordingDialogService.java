package org.compactregister.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService for view-model tests: records what would have been shown and answers as told. */
public final class RecordingDialogService implements DialogService {

    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Path> fileAnswers = new ArrayDeque<>();
    private final Deque<Optional<?>> customAnswers = new ArrayDeque<>();

    public RecordingDialogService answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
        return this;
    }

    public RecordingDialogService answerFile(Path file) {
        fileAnswers.add(file);
        return this;
    }

    /** The answer to the next custom dialog; null stands for the user cancelling it. */
    public RecordingDialogService answerCustom(Object answer) {
        customAnswers.add(Optional.ofNullable(answer));
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    public Shown last() {
        return shown.get(shown.size() - 1);
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message));
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("Unexpected question: " + title);
        }
        return confirmAnswers.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String kindDescription,
                                           String... patterns) {
        shown.add(new Shown("save", title, suggestedName));
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kindDescription, String... patterns) {
        shown.add(new Shown("open", title, kindDescription));
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String kindDescription, String... patterns) {
        shown.add(new Shown("open", title, kindDescription));
        List<Path> files = new ArrayList<>(fileAnswers);
        fileAnswers.clear();
        return files;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        shown.add(new Shown("folder", title, ""));
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> Optional<R> showCustomDialog(String title, CustomDialog<R> dialog) {
        shown.add(new Shown("custom", title, ""));
        if (customAnswers.isEmpty()) {
            throw new AssertionError("Unexpected dialog: " + title);
        }
        return (Optional<R>) customAnswers.poll();
    }
}
