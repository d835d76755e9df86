package org.tandem.review.project;

/** A request named a bead the project does not (or no longer) hold. */
public final class UnknownBeadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownBeadException(long id) {
        super("no bead " + id + " in this project");
    }
}
