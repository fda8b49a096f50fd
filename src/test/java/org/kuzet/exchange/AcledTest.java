package org.kuzet.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.source.Citation;

/** ACLED's coding read both ways by the one definition in {@link Acled}. */
class AcledTest {

    @Test
    void eachSubEventTypeKuzetImportsGivesTypesThatAreExportedAsThatSubEventTypeAgain() {
        assertThat(Acled.importedSubEventTypes()).containsExactlyInAnyOrder("Excessive force against protesters",
                "Protest with intervention", "Abduction/forced disappearance", "Attack", "Arrests",
                "Looting/property destruction");
        for (String subEvent : Acled.importedSubEventTypes()) {
            List<String> types = Acled.typesOf(subEvent);
            assertThat(types).as(subEvent).isNotEmpty();
            assertThat(Acled.classify(types).subEvent()).as(subEvent).isEqualTo(subEvent);
            assertThat(Acled.eventTypeOf(subEvent)).isEqualTo(Acled.classify(types).event());
        }
        assertThat(Acled.typesOf("protest WITH intervention")).containsExactly("dispersal");
    }

    @Test
    void peacefulProtestsBattlesRiotsAndOtherDevelopmentsHaveNoKuzetType() {
        for (String subEvent : List.of("Peaceful protest", "Armed clash", "Violent demonstration", "Mob violence",
                "Other", "Agreement", "Air/drone strike", "Sexual violence")) {
            assertThat(Acled.typesOf(subEvent)).as(subEvent).isEmpty();
            assertThat(Acled.eventTypeOf(subEvent)).as(subEvent).isNull();
        }
    }

    @Test
    void timePrecisionsReadBackAsTheDatePrecisionsTheyWereWrittenFrom() {
        for (String precision : List.of("day", "approximate", "month")) {
            assertThat(Acled.datePrecisionOf(Integer.toString(Acled.timePrecision(precision)))).isEqualTo(precision);
        }
        assertThat(Acled.datePrecisionOf("4")).isNull();
        assertThat(Acled.datePrecisionOf(null)).isNull();
    }

    @Test
    void interCodesAreReadAsNumbersOrAsAcledsWordsForThem() {
        assertThat(Acled.interCode("1")).isEqualTo(1);
        assertThat(Acled.interCode(" 7 ")).isEqualTo(7);
        assertThat(Acled.interCode("0")).isZero();
        assertThat(Acled.interCode("State forces")).isEqualTo(1);
        assertThat(Acled.interCode("External/Other forces")).isEqualTo(8);
        assertThat(Acled.interCode("9")).isNull();
        assertThat(Acled.interCode("police")).isNull();
    }

    @Test
    void anActorIsReadAsWrittenWithoutItsBracketsAndAsTheOrganOfAStateForce() {
        assertThat(Acled.actorReadings("Police Forces of Kazakhstan (2019-)"))
                .containsExactly("Police Forces of Kazakhstan (2019-)", "Police Forces of Kazakhstan", "Police");
        assertThat(Acled.actorReadings("Police (Kazakhstan)")).containsExactly("Police (Kazakhstan)", "Police");
        assertThat(Acled.actorReadings("National Guard of Kazakhstan")).containsExactly("National Guard of Kazakhstan",
                "National Guard");
        assertThat(Acled.unidentified("Unidentified Armed Group (Kazakhstan)")).isTrue();
        assertThat(Acled.unidentified("Protesters (Kazakhstan)")).isFalse();
    }

    @Test
    void thePerpetratorIsTheSideThatIsNotProtestersOrCiviliansElseAsTheExportOrdersThem() {
        assertThat(Acled.perpetratorIsActor2("Strategic developments", 1, 7)).isFalse();
        assertThat(Acled.perpetratorIsActor2("Strategic developments", 7, 1)).isTrue();
        assertThat(Acled.perpetratorIsActor2("Protests", 6, 1)).isTrue();
        assertThat(Acled.perpetratorIsActor2("Protests", 6, null)).isTrue();
        assertThat(Acled.perpetratorIsActor2("Violence against civilians", 3, null)).isFalse();
        assertThat(Acled.perpetratorIsActor2("Violence against civilians", null, null)).isFalse();
    }

    @Test
    void anImportedEventIsKeyedByAcledsIdAndExportedWithTheIdItCitesAcledAt() {
        assertThat(Acled.keyOf("KAZ1234")).isEqualTo("acled-KAZ1234");
        assertThat(Acled.eventId("acled-KAZ1234", List.of(new Citation("vlast-1", null, null),
                new Citation(Acled.SOURCE_KEY, "Radio Azattyq", Acled.locatorOf("KAZ1234"))))).isEqualTo("KAZ1234");
        assertThat(Acled.eventId("acled-by-hand", List.of())).as("a key alone says nothing")
                .isEqualTo("KUZET-acled-by-hand");
        assertThat(Acled.eventId("incident-12", null)).isEqualTo("KUZET-incident-12");
    }

    @Test
    void theTagsOfKuzetsExportGiveTheIncidentsOwnTypesAndCountBack() {
        String tags = "kuzet=incident-3; kuzet types=detention, dispersal; crowd size=more than 200";
        assertThat(Acled.taggedTypes(tags)).containsExactly("detention", "dispersal");
        assertThat(Acled.taggedCount(tags)).isEqualTo("more than 200");
        assertThat(Acled.taggedTypes("crowd size=no report")).isNull();
        assertThat(Acled.taggedCount("victims=12")).isEqualTo("12");
    }
}
