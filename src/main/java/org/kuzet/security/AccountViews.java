package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * How the sign-in and account pages look. The security package decides what happens and what to say; the web
 * interface, which depends on security and not the other way round, renders the pages in the site's layout and
 * the reader's language. Every method returns a whole HTML page.
 */
public interface AccountViews {

    String signIn(HttpServletRequest request, Notice notice);

    String secondStep(HttpServletRequest request, Notice notice);

    String passwordForm(HttpServletRequest request, int minLength, int maxLength, Notice notice);

    String passwordChanged(HttpServletRequest request);

    String enrolment(HttpServletRequest request, String qrDataUri, String secret, boolean required, Notice notice);

    String twoFactorOn(HttpServletRequest request, List<String> recoveryCodes);

    String twoFactorStatus(HttpServletRequest request, boolean required, Notice notice);

    String twoFactorOff(HttpServletRequest request);

    /**
     * What to tell the reader: a label of the {@code account.notice} group (e.g. {@code signInFailed}) and its
     * arguments; {@code alert} for a refusal or a problem, else a plain status.
     */
    record Notice(String key, boolean alert, List<Object> args) {

        static Notice problem(String key, Object... args) {
            return new Notice(key, true, List.of(args));
        }

        static Notice status(String key) {
            return new Notice(key, false, List.of());
        }
    }
}
