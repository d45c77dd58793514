package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    @Test
    void generatedTokensAreUrlSafeLongAndDifferent() {
        SecureRandom random = new SecureRandom();
        AccessToken a = AccessToken.generate(random);
        AccessToken b = AccessToken.generate(random);
        assertNotEquals(a.value(), b.value());
        assertEquals(43, a.value().length(), "32 bytes in unpadded Base64 are 43 characters");
        assertTrue(a.value().matches("[A-Za-z0-9_-]+"), a.value());
    }

    @Test
    void matchesOnlyTheExactToken() {
        AccessToken token = new AccessToken("abc-DEF_123");
        assertTrue(token.matches("abc-DEF_123"));
        assertFalse(token.matches(null));
        assertFalse(token.matches(""));
        assertFalse(token.matches("abc-DEF_12"));
        assertFalse(token.matches("abc-DEF_1234"));
        assertFalse(token.matches("ABC-DEF_123"));
        assertFalse(token.toString().contains("abc"), "toString hides the secret");
    }

    @Test
    void lanBindingNeedsAToken() {
        assertThrows(IllegalArgumentException.class, () -> new DashboardConfig("0.0.0.0", 8080, null));
        new DashboardConfig("127.0.0.1", 8080, null);
        new DashboardConfig("0.0.0.0", 0, new AccessToken("x"));
        assertThrows(IllegalArgumentException.class, () -> new DashboardConfig("127.0.0.1", 70000, null));
    }
}
