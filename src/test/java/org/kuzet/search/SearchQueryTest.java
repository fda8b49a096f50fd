package org.kuzet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.search.SearchQuery.Term;
import org.kuzet.shared.InvalidInputException;

class SearchQueryTest {

    @Test
    void wordsAreAllRequiredAndOrJoinsTheTermsBesideIt() {
        SearchQuery query = SearchQuery.parse("detained Almaty OR Shymkent");
        assertThat(query.clauses()).containsExactly(
                List.of(new Term("detained", false, false)),
                List.of(new Term("Almaty", false, false), new Term("Shymkent", false, false)));
    }

    @Test
    void quotesKeepAPhraseMinusAndNotExcludeAndAStarMakesAPrefix() {
        SearchQuery query = SearchQuery.parse("\"house arrest\" -fine NOT warning detain*");
        assertThat(query.clauses()).containsExactly(
                List.of(new Term("house arrest", false, false)),
                List.of(new Term("fine", false, true)),
                List.of(new Term("warning", false, true)),
                List.of(new Term("detain", true, false)));
    }

    @Test
    void operatorsWithoutTermsAndStrayQuotesAreNoSyntaxError() {
        assertThat(SearchQuery.parse("OR NOT - * \"\" \"").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("a & | ! <-> :* b").clauses()).hasSize(2);
        assertThat(SearchQuery.parse("\"unclosed phrase").clauses()).containsExactly(List.of(new Term("unclosed phrase", false, false)));
    }

    @Test
    void theSqlHoldsParameterNamesOnlyNeverWhatWasTyped() {
        SearchQuery query = SearchQuery.parse("'); drop table person; -- \"a b\" x*");
        String sql = query.tsquery();
        assertThat(sql).doesNotContain("drop", "person", "'", ";", "--");
        assertThat(sql).matches("[()a-z_:0-9, |&!]+");
        assertThat(query.params()).containsValue("person;");
    }

    @Test
    void aPlainQueryIsAlsoAName() {
        assertThat(SearchQuery.parse("Zhambolat Mamaj").plainName()).isEqualTo("Zhambolat Mamaj");
        assertThat(SearchQuery.parse("Zhambolat Mamaj").exactForms()).containsExactly("zhambolat mamaj", "zhambolat mamaj",
                "zhanbolat mamai");
        assertThat(SearchQuery.parse("Mamaj -Ablyazov").plainName()).isNull();
        assertThat(SearchQuery.parse("Mama*").plainName()).isNull();
    }

    @Test
    void detainedAlsoFindsDetention() {
        assertThat(SearchQuery.family("detained")).containsExactly("detent");
        assertThat(SearchQuery.family("Detention")).containsExactly("detain");
        assertThat(SearchQuery.family("arrest")).isEmpty();
    }

    @Test
    void anOverlongQueryIsAProblemNamingQ() {
        assertThatThrownBy(() -> SearchQuery.parse("x ".repeat(300))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q");
        assertThatThrownBy(() -> SearchQuery.parse("w ".repeat(30))).isInstanceOf(InvalidInputException.class);
    }
}
