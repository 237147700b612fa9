package org.goveval.server.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Random passwords for a user's first login (the first admin, a user an admin creates or resets). Shown once,
 * stored only as a hash, and the user must replace it at first login.
 */
@Component
public class OneTimePasswords {
    /** 16 characters of 56: about 93 bits, far beyond guessing through the login throttle. */
    static final int LENGTH = 16;

    /** Letters and digits without the look-alikes (l, o, I, O, 0, 1): it is read off a screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder generated = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return generated.toString();
    }
}
