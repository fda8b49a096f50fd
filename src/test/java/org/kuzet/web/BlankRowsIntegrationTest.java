package org.kuzet.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row the user added and left empty, between filled ones, as the browser sends it (every input of the row, empty,
 * and the selects at their first option): every form with repeatable rows saves the filled rows in their order and
 * drops the empty one, instead of answering 500.
 */
class BlankRowsIntegrationTest extends WebIntegrationTest {

    private WebSession editor;

    @BeforeEach
    void signIn() {
        editor = signedIn(Role.EDITOR);
    }

    /** The record the save redirected to, as the API gives it. */
    private JsonNode saved(HttpResponse<String> response, String kind) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        String key = location.substring(location.indexOf("/" + kind + "/") + kind.length() + 2, location.indexOf('?'));
        return send("GET", "/api/v1/" + kind + "/" + key, null, Role.REVIEWER).json();
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    @Test
    void aPersonSavedWithAnEmptyNameMembershipAndAssessmentRowBetweenFilledOnesKeepsTheFilledOnes() {
        String tag = unique("blank");
        String party = created("/api/v1/organizations", "{'name': 'Koshe Partiyasy %s', 'kind': 'opposition_movement'}"
                .formatted(tag));
        String movement = created("/api/v1/organizations", "{'name': 'Oyan Qazaqstan %s', 'kind': 'informal_group'}"
                .formatted(tag));

        JsonNode person = saved(editor.submit("/persons", "/persons/new", "language", "en", "name", "Blank Rows " + tag,
                "names[0].name", "Бланк " + tag, "names[0].script", "Cyrl", "names[0].lang", "ru", "names[0].kind", "spelling",
                "names[1].name", "", "names[1].script", "", "names[1].lang", "", "names[1].kind", "",
                "names[2].name", "Blank " + tag, "names[2].script", "Latn", "names[2].lang", "en", "names[2].kind", "spelling",
                "memberships[0].origin", "", "memberships[0].organization", party, "memberships[0].kind", "member",
                "memberships[0].from", "2019", "memberships[0].until", "",
                "memberships[1].origin", "", "memberships[1].organization", "", "memberships[1].kind", "member",
                "memberships[1].from", "", "memberships[1].until", "",
                "memberships[2].origin", "", "memberships[2].organization", movement, "memberships[2].kind", "leader",
                "memberships[2].from", "2020", "memberships[2].until", "",
                "assessments[0].origin", "", "assessments[0].date", "2021", "assessments[0].conclusion", "political_prisoner",
                "assessments[0].assessedBy", "", "assessments[0].assessedByText", "Memorial", "assessments[0].criteria", "",
                "assessments[0].note", "",
                "assessments[1].origin", "", "assessments[1].date", "", "assessments[1].conclusion", "",
                "assessments[1].assessedBy", "", "assessments[1].assessedByText", "", "assessments[1].criteria", "",
                "assessments[1].note", "",
                "assessments[2].origin", "", "assessments[2].date", "2022", "assessments[2].conclusion", "prisoner_of_conscience",
                "assessments[2].assessedBy", "", "assessments[2].assessedByText", "Amnesty International",
                "assessments[2].criteria", "", "assessments[2].note", "",
                "gender", "unknown", "consentToPublish", "unknown", "confidentiality", "internal", "confirmNew", "true"),
                "persons");

        assertThat(values(person.get("names"), "name")).containsExactly("Бланк " + tag, "Blank " + tag);
        assertThat(values(person.get("memberships"), "organization")).containsExactly(party, movement);
        assertThat(values(person.get("assessments"), "assessedByText")).containsExactly("Memorial", "Amnesty International");
    }

    @Test
    void anOrganisationSavedWithAnEmptyNameAndStatusRowBetweenFilledOnesKeepsTheFilledOnes() {
        String tag = unique("blank");

        JsonNode organization = saved(editor.submit("/organizations", "/organizations/new", "language", "en",
                "name", "Blank Rows Movement " + tag, "kind", "opposition_movement",
                "names[0].name", "БРД " + tag, "names[0].script", "Cyrl", "names[0].lang", "ru", "names[0].kind", "abbreviation",
                "names[1].name", "", "names[1].script", "", "names[1].lang", "", "names[1].kind", "",
                "names[2].name", "BRM " + tag, "names[2].script", "Latn", "names[2].lang", "en", "names[2].kind", "abbreviation",
                "statuses[0].origin", "", "statuses[0].status", "registration_denied", "statuses[0].date", "2019-05",
                "statuses[0].decidedBy", "", "statuses[0].decidedByText", "Ministry of Justice", "statuses[0].note", "",
                "statuses[1].origin", "", "statuses[1].status", "", "statuses[1].date", "",
                "statuses[1].decidedBy", "", "statuses[1].decidedByText", "", "statuses[1].note", "",
                "statuses[2].origin", "", "statuses[2].status", "banned_extremist", "statuses[2].date", "2021-02-15",
                "statuses[2].decidedBy", "", "statuses[2].decidedByText", "Almaty court", "statuses[2].note", "",
                "confidentiality", "internal", "confirmNew", "true"), "organizations");

        assertThat(values(organization.get("names"), "name")).containsExactly("БРД " + tag, "BRM " + tag);
        assertThat(values(organization.get("statuses"), "status")).containsExactly("registration_denied", "banned_extremist");
    }

    @Test
    void anInterventionSavedWithAnEmptyAddresseeRowBetweenFilledOnesKeepsTheFilledOnes() {
        String tag = unique("blank");
        String ombudsman = created("/api/v1/contacts", "{'name': 'Ombudsman %s'}".formatted(tag));

        JsonNode intervention = saved(editor.submit("/interventions", "/interventions/new", "language", "en",
                "kind", "appeal", "date", "2021-03", "title", "Appeal with a blank row " + tag,
                "addressees[0].contact", ombudsman,
                "addressees[1].contact", "", "addressees[1].organization", "", "addressees[1].name", "",
                "addressees[1].position", "",
                "addressees[2].contact", "", "addressees[2].organization", "",
                "addressees[2].name", "Special Rapporteur " + tag, "addressees[2].position", "UN Special Rapporteur",
                "outcome", "pending", "confidentiality", "internal"), "interventions");

        JsonNode addressees = intervention.get("addressees");
        assertThat(addressees).hasSize(2);
        assertThat(addressees.get(0).asString()).isEqualTo(ombudsman);
        assertThat(send("GET", "/api/v1/contacts/" + addressees.get(1).asString(), null, Role.REVIEWER).json()
                .get("name").asString()).isEqualTo("Special Rapporteur " + tag);
    }

    @Test
    void anIncidentSavedWithAnEmptyPerpetratorAndArticleRowBetweenFilledOnesKeepsTheFilledOnes() {
        String tag = unique("blank");

        JsonNode incident = saved(editor.submit("/incidents", "/incidents/new", "title", "Blank rows " + tag, "language", "en",
                "date", "2021-01-10", "types", "detention",
                "perpetrators[0].kind", "police", "perpetrators[0].organization", "",
                "perpetrators[0].description", "Almaty police " + tag, "perpetrators[0].origin", "",
                "perpetrators[1].kind", "", "perpetrators[1].organization", "", "perpetrators[1].description", "",
                "perpetrators[1].origin", "",
                "perpetrators[2].kind", "court", "perpetrators[2].organization", "",
                "perpetrators[2].description", "Medeu district court " + tag, "perpetrators[2].origin", "",
                "articles[0].article", "CC-405", "articles[0].part", "2",
                "articles[1].article", "", "articles[1].part", "",
                "articles[2].article", "CC-174", "articles[2].part", "1",
                "confidentiality", "internal", "reviewStatus", "draft", "q", ""), "incidents");

        assertThat(values(incident.get("perpetrators"), "description"))
                .containsExactly("Almaty police " + tag, "Medeu district court " + tag);
        assertThat(values(incident.get("articles"), "article")).containsExactly("405", "174");
    }

    @Test
    void aCaseSavedWithAnEmptyChargeStageAndPunishmentRowBetweenFilledOnesKeepsTheFilledOnes() {
        String tag = unique("blank");
        String person = created("/api/v1/persons", "{'name': 'Blank Defendant %s'}".formatted(tag));

        JsonNode legalCase = saved(editor.submit("/cases", "/cases/new?person=" + person, "kind", "criminal",
                "number", tag, "pageLanguage", "en", "defendants", person,
                "charges[0].article", "CC 405", "charges[0].part", "2", "charges[0].defendant", "",
                "charges[0].offence", "", "charges[0].status", "brought",
                "charges[1].article", "", "charges[1].part", "", "charges[1].defendant", "", "charges[1].offence", "",
                "charges[1].status", "brought",
                "charges[2].article", "CC 174", "charges[2].part", "1", "charges[2].defendant", "",
                "charges[2].offence", "", "charges[2].status", "brought",
                "stages[0].kind", "opened", "stages[0].date", "2020-02-20",
                "stages[1].kind", "", "stages[1].date", "", "stages[1].person", "", "stages[1].court", "",
                "stages[1].courtText", "", "stages[1].judge", "", "stages[1].note", "", "stages[1].sources", "",
                "stages[2].kind", "detained", "stages[2].date", "2020-02-22",
                "stages[3].kind", "verdict", "stages[3].date", "2020-05-12", "stages[3].verdictOutcome", "convicted",
                "stages[3].sentence[0].kind", "restriction_of_freedom", "stages[3].sentence[0].years", "5",
                "stages[3].sentence[1].kind", "", "stages[3].sentence[1].years", "", "stages[3].sentence[1].amount", "",
                "stages[3].sentence[1].currency", "KZT", "stages[3].sentence[1].regime", "",
                "stages[3].sentence[2].kind", "fine", "stages[3].sentence[2].amount", "55 560",
                "stages[3].sentence[2].currency", "KZT",
                "confidentiality", "internal"), "cases");

        assertThat(values(legalCase.get("charges"), "article")).containsExactly("405", "174");
        assertThat(values(legalCase.get("stages"), "kind")).containsExactly("opened", "detained", "verdict");
        assertThat(values(legalCase.get("stages").get(2).get("sentence"), "kind"))
                .containsExactly("restriction_of_freedom", "fine");
    }
}
