package org.kuzet.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java side of two rules of V16: region roll-up ({@link Regions}) and label fallback ({@link Labels}). */
class RulesOfVocabularyTest {

    private static Place place(String code, String kind, String parent) {
        return new Place(code, kind, parent, new Labels(code, code, null), List.of(), null, null);
    }

    private final Regions regions = Regions.of(List.of(
            place("kz", "country", null),
            place("kz-abai-region", "region", "kz"),
            place("kz-semey", "city", "kz-abai-region"),
            place("kz-semey-district", "district", "kz-semey"),
            place("kz-almaty-city", "city_of_republican_significance", "kz"),
            place("kg", "country", null),
            place("kg-bishkek", "city", "kg"),
            place("kg-bishkek-district", "district", "kg-bishkek")));

    @Test
    void aPlaceRollsUpToItsNearestRegionAndAPlaceAbroadToItsCountry() {
        assertThat(regions.regionOf("kz-semey-district")).isEqualTo("kz-abai-region");
        assertThat(regions.regionOf("kz-semey")).isEqualTo("kz-abai-region");
        assertThat(regions.regionOf("kz-abai-region")).isEqualTo("kz-abai-region");
        assertThat(regions.regionOf("kz-almaty-city")).isEqualTo("kz-almaty-city");
        assertThat(regions.regionOf("kg-bishkek-district")).isEqualTo("kg");
        assertThat(regions.regionOf("kg")).isEqualTo("kg");
        // known only as "Kazakhstan": the country, as abroad
        assertThat(regions.regionOf("kz")).isEqualTo("kz");
        assertThat(regions.regionOf("nowhere")).isEqualTo("nowhere");
    }

    @Test
    void aWholeGroupIsOneWhoseEveryPlaceRollsUpToIt() {
        assertThat(regions.isWholeGroup("kz-abai-region")).isTrue();
        assertThat(regions.isWholeGroup("kz-almaty-city")).isTrue();
        assertThat(regions.isWholeGroup("kg")).isTrue();
        assertThat(regions.isWholeGroup("kz")).isFalse();
        assertThat(regions.isWholeGroup("kz-semey")).isFalse();
        assertThat(regions.isWholeGroup("kg-bishkek")).isFalse();
    }

    @Test
    void kazakhFallsBackToRussianAndAnyMissingLabelToEnglish() {
        Labels full = new Labels("Detention", "Задержание", "Ұстау");
        Labels noKazakh = new Labels("Detention", "Задержание", null);
        Labels englishOnly = new Labels("Detention", null, null);
        assertThat(full.in("kk")).isEqualTo("Ұстау");
        assertThat(noKazakh.in("kk")).isEqualTo("Задержание");
        assertThat(noKazakh.in("ru")).isEqualTo("Задержание");
        assertThat(englishOnly.in("kk")).isEqualTo("Detention");
        assertThat(englishOnly.in("ru")).isEqualTo("Detention");
        assertThat(full.in("de")).isEqualTo("Detention");
        assertThat(full.in(null)).isEqualTo("Detention");
    }
}
