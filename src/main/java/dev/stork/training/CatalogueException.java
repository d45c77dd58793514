package dev.stork.training;

/** The exercise catalogue file is malformed; the message names the source, the exercise and the field. */
public final class CatalogueException extends RuntimeException {
    CatalogueException(String message) {
        super(message);
    }

    CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
