package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aShortPasswordIsRefusedWithTheMinimumLength() {
        assertThat(PasswordPolicy.problemWith("Kz7#pq9!mR2", "aigerim")).contains("must be at least 12 characters long");
    }

    @Test
    void aPasswordLongerThan128CharactersIsRefused() {
        assertThat(PasswordPolicy.problemWith("x".repeat(129), "aigerim")).contains("must be at most 128 characters long");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Twelve Kazakh letters and digits are twelve characters.
        assertThat(PasswordPolicy.problemWith("Қайрат әбілов 2020!", "aigerim")).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedAsCommon() {
        assertThat(PasswordPolicy.problemWith("correct horse battery staple", "aigerim")).get().asString()
                .startsWith("is a commonly used password");
        assertThat(PasswordPolicy.problemWith("qwertyuiop123", "aigerim")).isPresent();
        assertThat(PasswordPolicy.problemWith("password1234", "aigerim")).isPresent();
    }

    @Test
    void aGuessableCombinationOfWordsAndYearsIsRefused() {
        assertThat(PasswordPolicy.problemWith("Almaty2024!!", "aigerim")).get().asString().startsWith("is too easy to guess");
        assertThat(PasswordPolicy.problemWith("whatever-long-enough", "aigerim")).isPresent();
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedWhateverTheCase() {
        assertThat(PasswordPolicy.problemWith("my name is AIGERIM.nurlanovna 77", "aigerim"))
                .contains("must not contain the user name");
    }

    @Test
    void aPhraseOfUnusualWordsOrRandomCharactersIsAccepted() {
        assertThat(PasswordPolicy.problemWith("correct horse battery staple at the zoo", "aigerim")).isEmpty();
        assertThat(PasswordPolicy.problemWith("kZ7#pq9!mR2x", "aigerim")).isEmpty();
        assertThat(PasswordPolicy.problemWith(Users.randomPassword(), "admin")).isEmpty();
    }
}
