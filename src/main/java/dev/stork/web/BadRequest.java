package dev.stork.web;

/** A request the dashboard refuses with 400 and the message as the reason. */
final class BadRequest extends RuntimeException {
    BadRequest(String reason) {
        super(reason);
    }
}
