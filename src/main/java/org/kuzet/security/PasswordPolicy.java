package org.kuzet.security;

import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * What a password must be: 12 to 128 characters, not containing the user name, and not guessable.
 *
 * <p>Guessable is decided by nbvcxz, which matches the password against its bundled lists (common passwords,
 * English words, names, surnames), keyboard patterns, sequences, dates and repeats, and estimates how many
 * guesses an attacker trying the likeliest passwords first would need. We refuse anything under 10^10 guesses,
 * the threshold zxcvbn calls "very unguessable": a seized database holds Argon2id hashes, so 10^10 guesses
 * costs an attacker months of hardware per account, while a phrase of a few uncommon words or 12 random
 * characters passes easily. A password that is simply on the common-password list gets its own message.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final double MIN_GUESSES = 1e10;

    /** Loads the dictionaries once (a few MB); estimates are thread-safe. */
    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(Math.log(MIN_GUESSES) / Math.log(2))
            .setMaxLength(MAX_LENGTH)
            .createConfiguration());

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password} for the user {@code username} (may be null when not known yet). */
    static Optional<String> problemWith(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the user name");
        }
        Result result = ESTIMATOR.estimate(password);
        if (isCommonPassword(result, password)) {
            return Optional.of("is a commonly used password; choose another (a phrase of several unusual words works well)");
        }
        if (result.getGuesses().doubleValue() < MIN_GUESSES) {
            return Optional.of("is too easy to guess (common words, names, dates, keyboard patterns or sequences); "
                    + "make it longer or less predictable, e.g. a phrase of several unusual words");
        }
        return Optional.empty();
    }

    private static boolean isCommonPassword(Result result, String password) {
        return result.getMatches().stream().anyMatch(m -> m instanceof DictionaryMatch d
                && "passwords".equals(d.getDictionaryName()) && d.getToken().length() == password.length());
    }
}
