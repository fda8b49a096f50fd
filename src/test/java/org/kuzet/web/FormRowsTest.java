package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    /** A stored membership: the organisation and the source citing it, found by its organisation. */
    private record Membership(String organization, String source) {
    }

    private static final Function<Membership, String> BY_ORGANIZATION = Membership::organization;

    @Test
    void aRowFindsItsStoredPartByContentWhereverSomeoneElseMovedIt() {
        List<Membership> stored = new ArrayList<>(List.of(new Membership("oyan", "source-2"),
                new Membership("dvk", "source-1")));

        assertThat(FormRows.taken(stored, BY_ORGANIZATION, "dvk")).isEqualTo(new Membership("dvk", "source-1"));
        assertThat(FormRows.taken(stored, BY_ORGANIZATION, "oyan")).isEqualTo(new Membership("oyan", "source-2"));
    }

    @Test
    void aPartSomeoneElseRemovedAndANewRowFindNothing() {
        List<Membership> stored = new ArrayList<>(List.of(new Membership("oyan", "source-2")));

        assertThat(FormRows.taken(stored, BY_ORGANIZATION, "dvk")).isNull();
        assertThat(FormRows.taken(stored, BY_ORGANIZATION, null)).isNull();
        assertThat(stored).hasSize(1);
    }

    @Test
    void twoRowsNamingLikePartsGetOneEachInTheirOrder() {
        List<Membership> stored = new ArrayList<>(List.of(new Membership("dvk", "source-1"),
                new Membership("dvk", "source-2")));

        assertThat(FormRows.taken(stored, BY_ORGANIZATION, "dvk").source()).isEqualTo("source-1");
        assertThat(FormRows.taken(stored, BY_ORGANIZATION, "dvk").source()).isEqualTo("source-2");
        assertThat(FormRows.taken(stored, BY_ORGANIZATION, "dvk")).as("no part is given to two rows").isNull();
    }

    @Test
    void rowsLeftEmptyAndGapsTheBrowserLeftAreDropped() {
        assertThat(FormRows.filled(Arrays.asList("Oyan", "", null, "DVK"), String::isBlank))
                .containsExactly("Oyan", "DVK");
        assertThat(FormRows.filled(null, String::isBlank)).isEmpty();
    }
}
