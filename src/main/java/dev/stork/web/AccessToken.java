package dev.stork.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a LAN client must present: 32 random bytes from {@link SecureRandom}, URL-safe Base64 without padding.
 * Comparison is constant-time so the token cannot be guessed byte by byte from response times.
 *
 * @param value the token text
 */
public record AccessToken(String value) {
    private static final int BYTES = 32;

    /** Rejects empty tokens. */
    public AccessToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an access token must not be empty");
        }
    }

    /** A fresh random token. */
    public static AccessToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code candidate} is this token, compared in constant time; false for null. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
