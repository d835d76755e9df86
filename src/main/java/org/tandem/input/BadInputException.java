package org.tandem.input;

/**
 * Input Tandem cannot work with: a missing, empty, binary, encrypted or mis-encoded document, or
 * contradictory options. The message is one line a user can act on; the CLI maps it to exit code 2.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
