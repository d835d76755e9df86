package org.tandem.review.server;

/** A request the API refuses, with the HTTP status and the one-line message the client gets. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
