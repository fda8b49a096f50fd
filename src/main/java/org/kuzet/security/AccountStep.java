package org.kuzet.security;

import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A step an account must complete before it uses Kuzet at all: the one definition that binds both doors. On the
 * web, {@link AccountGate} holds a signed-in browser on the step's page; on the API, {@link BearerTokenFilter}
 * refuses the account's tokens (403, saying what to do) and {@link ApiTokens} gives it no new one, so that a token
 * never outlives the rules that govern its owner. Once the step is done, everything works again as before.
 */
enum AccountStep {

    /** A one-time password (a first administrator's, or one an administrator set) must be replaced. */
    CHANGE_PASSWORD(AccountGate.CHANGE_PASSWORD, "Your password is a one-time password. Sign in on the web and choose"
            + " a new one at " + AccountGate.CHANGE_PASSWORD + "; your API tokens work again after that."),

    /** An administrator made two-factor sign-in mandatory and the account has no second factor yet. */
    ENROL_IN_TWO_FACTOR(AccountGate.ENROL, "An administrator requires two-factor sign-in. Sign in on the web and set"
            + " it up at " + AccountGate.ENROL + "; your API tokens work again after that.");

    /** The type of the API's problem when an account must take a step first. */
    static final URI PROBLEM = URI.create("https://kuzet.org/problems/account-step-required");
    static final String TITLE = "Your account must complete a step first";

    private final String page;
    private final String instruction;

    AccountStep(String page, String instruction) {
        this.page = page;
        this.instruction = instruction;
    }

    /** The step {@code user} must take first, if any; the password comes before the second factor. */
    static Optional<AccountStep> pending(User user, Settings settings) {
        if (user.mustChangePassword()) {
            return Optional.of(CHANGE_PASSWORD);
        }
        if (!user.twoFactor() && settings.requireTwoFactor()) {
            return Optional.of(ENROL_IN_TWO_FACTOR);
        }
        return Optional.empty();
    }

    /** The page of the web interface where the step is taken. */
    String page() {
        return page;
    }

    /** What the account's owner must do, for an API client that cannot show the page. */
    String instruction() {
        return instruction;
    }

    /** A refusal of a request of an account that must take this step first: 403, saying what to do. */
    ErrorResponseException refusal() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, instruction);
        problem.setType(PROBLEM);
        problem.setTitle(TITLE);
        problem.setProperty("step", page);
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
