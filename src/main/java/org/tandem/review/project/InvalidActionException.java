package org.tandem.review.project;

/** An action that makes no sense for the bead it names, such as splitting a 1-1 bead. Nothing was changed. */
public final class InvalidActionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidActionException(String message) {
        super(message);
    }
}
