package org.kuzet.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readings of names (issue 14): every way a romanisation system writes a sound folds to one reading. */
class NameKeysReadingsTest {

    /** Whether the two names have as many words, each sharing a reading with the other's word at its place. */
    static boolean shareReadings(String one, String other) {
        List<Set<String>> a = NameKeys.readings(one);
        List<Set<String>> b = NameKeys.readings(other);
        if (a.isEmpty() || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Collections.disjoint(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest(name = "{0} ~ {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Dschumagulow   | Zhumagulov  | German dsch for a Kazakh ж, w for в
            Abichev        | Abishev     | French ch for ш
            Jumağulov      | Жумагулов   | Kazakh Latin 2021 j for ж, ğ for ғ
            Jumag'ulov     | Жұмағұлов   | Kazakh Latin 2017 g' for ғ
            Jumaǵulov      | Жұмағұлов   | Kazakh Latin 2018 ǵ for ғ
            Jūmağūlov      | Жұмағұлов   | Kazakh Latin 2021 ū for ұ
            Joumagoulov    | Жумагулов   | French ou for у, j for ж
            Joumagouloff   | Zhumagulov  | French -off for -ов
            Dzhumagulov    | Zhumagulov  | dzh for a Kazakh ж
            Yerlan         | Ерлан       | ye for an initial е
            Jerlan         | Erlan       | German je for an initial е
            Эдуард         | Eduard      | э is e
            E`duard        | Eduard      | GOST 7.79 B e` for э
            Ėdūard         | Eduard      | Kazakh BGN ė for э
            Aybek          | Айбек       | y for й
            Ajbek          | Aibek       | j for й
            Aïbek          | Aibek       | French ï for й
            Khasenov       | Xasenov     | GOST and scholarly x for х
            Chassenow      | Хасенов     | German ch for х
            Hasenov        | Khasenov    | h for х (Kazakh Latin)
            Zhukov         | Žukov       | ISO 9 ž for ж
            Joukov         | Жуков       | French j for ж
            Schukow        | Жуков       | German sch for a Russian ж
            Shishkin       | Šiškin      | ISO 9 š for ш
            Chichkin       | Шишкин      | French ch for ш
            Schischkin     | Шишкин      | German sch for ш
            Şişkin         | Шишкин      | Kazakh Latin 2021 ş for ш
            Chaykovskiy    | Čajkovskij  | ISO 9 č for ч, j for й
            Tschaikowski   | Чайковский  | German tsch for ч
            Tchaïkovski    | Чайковский  | French tch for ч
            Çaikovskii     | Чайковский  | Kazakh Latin 2021 ç for ч
            Shchukin       | Ŝukin       | ISO 9 ŝ for щ
            Schtschukin    | Щукин       | German schtsch for щ
            Chtchoukin     | Щукин       | French chtch for щ
            S's'y'kin      | Щукин       | Kazakh Latin 2017 s's' for щ, y' for у
            Yuliya         | Iuliia      | yu and iu for ю, ya and ia for я
            Julija         | Юлия        | German and scholarly ju, ja
            Ûliâ           | Юлия        | ISO 9 û, â
            Ioulia         | Юлия        | French iou for ю
            Bokayev        | Бокаев      | -yev after a vowel
            Bokaïeff       | Бокаев      | French ïe and -eff
            Bokajew        | Bokaev      | German -jew
            Äbishev        | Әбішев      | BGN ä for ә
            A'bis'ev       | Әбішев      | Kazakh Latin 2017 a', s'
            Ábishev        | Әбішев      | Kazakh Latin 2018 á for ә
            Qasymov        | Қасымов     | q for қ
            Ķasymov        | Kasymov     | ISO 9 ķ for қ
            Baýyrjan       | Бауыржан    | Kazakh Latin 2018 ý for у
            Zhangeldy      | Жаңгелді    | ng and n for ң
            Fyodorov       | Fedorov     | yo and e for ё
            Fjodorow       | Фёдоров     | German jo for ё
            Kusmin         | Кузьмин     | German s for з
            Sajzew         | Зайцев      | German s for з, z for ц
            Asset          | Асет        | a doubled s between vowels
            Bakhytzhan     | Бақытжан    | kh for қ in the older passports
            Tulegenov      | Төлегенов   | у for a Kazakh ө in Russian documents
            Sychov         | Сычёв       | o for ё after ч
            """)
    void spellingsOfOneNameShareAReading(String one, String other, String rule) {
        assertThat(shareReadings(one, other)).as(rule).isTrue();
        assertThat(shareReadings(other, one)).as(rule).isTrue();
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({
        "Sadykov, Sadyrov",
        "Bokayev, Bokeyev",
        "Bokaev, Bokeev",
        "Marat, Murat",
        "Ashimova, Akimova",
        "Achimoff, Akimov",
        "Zhanna, Yana",
        "Abishev, Abisheva",
    })
    void differentNamesShareNoReading(String one, String other) {
        assertThat(shareReadings(one, other)).isFalse();
    }

    @Test
    void aWordInCyrillicHasOneReadingAndItsSkeletonIsTheFirst() {
        assertThat(NameKeys.readings("Жұмағұлов")).containsExactly(Set.of("zhumagulov"));
        assertThat(NameKeys.readings("Janbolat").getFirst()).first().isEqualTo("zhanbolat");
        assertThat(NameKeys.tokens("Janbolat Mamaj")).containsExactly("zhanbolat", "mamai");
    }

    @Test
    void aHyphenatedNameIsReadJoinedAndApart() {
        assertThat(NameKeys.allReadings("Serikbaeva-Erbolqyzy").split(" "))
                .contains("serikbaevaerbolkizi", "serikbaeva", "erbolkizi");
    }

    @Test
    void wordsASlipApartShareASlipKey() {
        assertThat(NameKeys.slipKeys("Nurlan")).containsAnyElementsOf(NameKeys.slipKeys("Nrulan"));
        assertThat(NameKeys.slipKeys("Ospanov")).containsAnyElementsOf(NameKeys.slipKeys("Ospano"));
        assertThat(NameKeys.slipKeys("Щукина")).containsAnyElementsOf(NameKeys.slipKeys("Щукинаа"));
        // a word shorter than five letters has none: Aida and Aidar are two names
        assertThat(NameKeys.slipKeys("Aida")).isEmpty();
    }
}
