package org.kuzet.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kuzet.security.Role;

/**
 * Where an incident stands in review: a monitor's draft is verified against its sources, then published (only
 * published, public incidents reach anonymous readers and public reports). Verifying and publishing are the
 * reviewers' work ({@link #mayBeSetBy}).
 */
public enum ReviewStatus {
    DRAFT, VERIFIED, PUBLISHED;

    /** The codes, in the order of review: {@code draft, verified, published}. */
    public static final List<String> CODES = Arrays.stream(values()).map(ReviewStatus::code).toList();

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** Drafts and verified incidents wait for a reviewer; published ones are done. */
    public boolean awaitsReview() {
        return this != PUBLISHED;
    }

    public static List<String> awaitingReviewCodes() {
        return Arrays.stream(values()).filter(ReviewStatus::awaitsReview).map(ReviewStatus::code).toList();
    }

    /** The status after a reviewer verified the incident. */
    public ReviewStatus verified() {
        return this == PUBLISHED ? PUBLISHED : VERIFIED;
    }

    /** The status after a reviewer published the incident. */
    public ReviewStatus published() {
        return PUBLISHED;
    }

    /**
     * Whether {@code role} may save an incident that was {@code stored} (null for a new one) in this status.
     * Reviewers and administrators verify and publish; an editor may keep the status the incident has, or send it
     * back to draft, but not raise it; viewers write nothing at all.
     */
    public boolean mayBeSetBy(Role role, ReviewStatus stored) {
        if (role.reviews()) {
            return true;
        }
        return role == Role.EDITOR && (this == DRAFT || this == stored);
    }
}
