package org.tandem.review.project;

/**
 * A write named a version of a bead that has changed since: someone else (another tab, another
 * reviewer, an undo) got there first. Nothing was changed.
 */
public final class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String message) {
        super(message);
    }
}
