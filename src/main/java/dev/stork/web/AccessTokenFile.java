package dev.stork.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An access token kept in a file, so that the address a tablet has bookmarked survives a restart of the service.
 * The file holds the token on one line and is readable by its owner only; a missing file is created with a fresh
 * token, a damaged or shared one is refused with the reason and the fix.
 */
public final class AccessTokenFile {
    /** URL-safe Base64 of at least 16 bytes: what {@link AccessToken#generate} writes, and nothing guessable. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AccessTokenFile() {
    }

    /**
     * The token in {@code file}, or a fresh one written there when the file does not exist.
     *
     * @throws IllegalArgumentException when the file is not a token file, or others may read it
     * @throws IOException              when it cannot be read or written
     */
    public static AccessToken loadOrCreate(Path file, SecureRandom random) throws IOException {
        if (Files.exists(file)) {
            return load(file);
        }
        AccessToken token = AccessToken.generate(random);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".token", ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(temporary, token.value() + "\n", StandardCharsets.US_ASCII);
            // Renamed into place whole, so a reader never sees a half-written token.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return load(file);
    }

    private static AccessToken load(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        for (PosixFilePermission p : permissions) {
            if (!OWNER_ONLY.contains(p)) {
                throw new IllegalArgumentException("the token file " + file + " may be read by other users ("
                        + PosixFilePermissions.toString(permissions) + "); run: chmod 600 " + file);
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!TOKEN.matcher(text).matches()) {
            throw new IllegalArgumentException("the token file " + file + " does not hold a token (one line of at "
                    + "least 22 letters, digits, '-' or '_'); delete it and Stork writes a new one");
        }
        return new AccessToken(text);
    }
}
