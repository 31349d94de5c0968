package org.compactregister.scan;

import org.compactregister.model.RegisterProblem;

/**
 * A page of a scan that cannot be drawn whole: a picture on it is damaged, or coded in a way no
 * decoder here reads. Drawing it anyway would show a blank page, so it is refused instead.
 */
public final class PageNotDrawnException extends RegisterProblem {

    private final int pageNumber;
    private final String picture;

    /**
     * @param pageNumber the page, counted from 1
     * @param picture    which picture, in words ("its JPEG 2000 picture", "a picture on it")
     */
    PageNotDrawnException(int pageNumber, String picture, Throwable cause) {
        super(Character.toUpperCase(picture.charAt(0)) + picture.substring(1) + " cannot be read, so the page "
                + "would show blank.", cause);
        this.pageNumber = pageNumber;
        this.picture = picture;
    }

    /** The page, counted from 1. */
    public int pageNumber() {
        return pageNumber;
    }

    /** Which picture, in words ("its JPEG 2000 picture"). */
    public String picture() {
        return picture;
    }
}
