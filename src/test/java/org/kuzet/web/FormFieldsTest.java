package org.kuzet.web;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.Problem;
import static org.assertj.core.api.Assertions.assertThat;

class FormFieldsTest {

    private final FormFields fields = FormFields.of()
            .field("datePrecision", "date")
            .field("victims", "victims").field("victims[].organization", "organizations")
            .group("newOrganizations", "newOrganization").rows("memberships");

    @Test
    void aProblemIsShownAtTheFieldOfTheLongestRuleThatContainsItsPath() {
        assertThat(fields.byField(List.of(new Problem("$.victims[3].organization", "no organization 'x'"),
                new Problem("$.victims[0].person", "no person 'y'"))))
                .containsEntry("organizations", "no organization 'x'")
                .containsEntry("victims", "no person 'y'");
    }

    @Test
    void aPathNoRuleNamesIsShownAtItsFirstPart() {
        assertThat(fields.byField(List.of(new Problem("$.title.en", "is too long"), new Problem("$.types", "is required"))))
                .containsEntry("title", "is too long").containsEntry("types", "is required");
    }

    @Test
    void aGroupNamesThePartOfTheNewRecordEachProblemIsAbout() {
        assertThat(fields.byField(List.of(new Problem("$.newOrganizations[0].kind", "'x' is not an organization kind"))))
                .containsEntry("newOrganization", "kind: 'x' is not an organization kind");
    }

    @Test
    void eachFieldShowsItsFirstProblem() {
        assertThat(fields.byField(List.of(new Problem("$.date", "is required"), new Problem("$.datePrecision", "later"))))
                .containsEntry("date", "is required").hasSize(1);
    }

    @Test
    void aFormOfRowsWithinRowsShowsEachProblemAtItsOwnRowAndItsRulesFieldThere() {
        FormFields rows = FormFields.positional().field("stages[].datePrecision", "stages[].date").field("parties", "defendants");

        assertThat(rows.byField(List.of(new Problem("$.stages[2].datePrecision", "not a precision"),
                new Problem("$.stages[1].sentence[0].duration", "is required"), new Problem("$.parties[3].person", "no person"))))
                .containsEntry("stages[2].date", "not a precision")
                .containsEntry("stages[1].sentence[0].duration", "is required")
                .containsEntry("defendants", "no person");
    }

    @Test
    void aProblemInARowIsShownAtThatRowsInputAndAPrecisionAtItsDate() {
        assertThat(fields.byField(List.of(new Problem("$.memberships[2].organization", "no organization 'x'"),
                new Problem("$.memberships[0].untilPrecision", "is given without until"),
                new Problem("$.memberships[1].note.ru", "is too long"),
                new Problem("$.memberships", "must be a list"))))
                .containsEntry("memberships-2-organization", "no organization 'x'")
                .containsEntry("memberships-0-until", "is given without until")
                .containsEntry("memberships-1-note", "is too long")
                .containsEntry("memberships", "must be a list");
        assertThat(RowField.parse("memberships-2-organization")).isEqualTo(new RowField("memberships", 2, "organization"));
        assertThat(RowField.parse("dateOfBirth")).isNull();
    }

    @Test
    void aProblemOfARowAsAWholeOrOfAPartWrittenInTheSameInputIsShownAtThatInputOfTheRow() {
        FormFields articles = FormFields.of().rows("articles", "article", "code").rows("perpetrators");

        assertThat(articles.byField(List.of(new Problem("$.articles[1]", "CC 999 is not a known legal article"),
                new Problem("$.articles[0].code", "is required"), new Problem("$.articles[2].part", "'x' is not a part"),
                new Problem("$.perpetrators[1].kind", "is required"), new Problem("$.perpetrators[0]", "must be an object"))))
                .containsEntry("articles-1-article", "CC 999 is not a known legal article")
                .containsEntry("articles-0-article", "is required")
                .containsEntry("articles-2-part", "'x' is not a part")
                .containsEntry("perpetrators-1-kind", "is required")
                .as("a row as a whole, where the rows have no input for it, at the list")
                .containsEntry("perpetrators", "must be an object");
    }
}
