package org.kuzet.incident;

import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewStatusTest {

    @Test
    void reviewersAndAdministratorsVerifyAndPublish() {
        for (Role role : new Role[] {Role.REVIEWER, Role.ADMIN}) {
            assertThat(ReviewStatus.VERIFIED.mayBeSetBy(role, ReviewStatus.DRAFT)).isTrue();
            assertThat(ReviewStatus.PUBLISHED.mayBeSetBy(role, null)).isTrue();
        }
    }

    @Test
    void anEditorKeepsTheStatusOrSendsItBackToDraftButNeverRaisesIt() {
        assertThat(ReviewStatus.DRAFT.mayBeSetBy(Role.EDITOR, null)).isTrue();
        assertThat(ReviewStatus.DRAFT.mayBeSetBy(Role.EDITOR, ReviewStatus.PUBLISHED)).isTrue();
        assertThat(ReviewStatus.VERIFIED.mayBeSetBy(Role.EDITOR, ReviewStatus.VERIFIED)).isTrue();
        assertThat(ReviewStatus.VERIFIED.mayBeSetBy(Role.EDITOR, ReviewStatus.DRAFT)).isFalse();
        assertThat(ReviewStatus.PUBLISHED.mayBeSetBy(Role.EDITOR, null)).isFalse();
    }

    @Test
    void viewersSetNothing() {
        assertThat(ReviewStatus.DRAFT.mayBeSetBy(Role.VIEWER, null)).isFalse();
    }

    @Test
    void verifyingAndPublishingAreStepsForward() {
        assertThat(ReviewStatus.DRAFT.verified()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(ReviewStatus.PUBLISHED.verified()).as("verifying does not unpublish").isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(ReviewStatus.DRAFT.published()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(ReviewStatus.awaitingReviewCodes()).containsExactly("draft", "verified");
        assertThat(ReviewStatus.CODES).containsExactly("draft", "verified", "published");
    }
}
