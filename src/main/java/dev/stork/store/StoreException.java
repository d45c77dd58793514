package dev.stork.store;

/** The store could not be opened, read or written; the message says what and where. */
public final class StoreException extends RuntimeException {
    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
