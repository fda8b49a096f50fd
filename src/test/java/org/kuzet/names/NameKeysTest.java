package org.kuzet.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    /** What lets NameKeys skip ICU for plain ASCII text (most titles and English narratives): it changes nothing. */
    @Test
    void bothTransliteratorsLeavePlainAsciiTextExactlyAsItIs() {
        Transliterator latin = Transliterator.getInstance(NameKeys.LATIN_RULES);
        Transliterator keys = Transliterator.createFromRules("keys", NameKeys.KEY_RULES, Transliterator.FORWARD);
        List<String> texts = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            texts.add(String.valueOf(c));
            texts.add("Ye" + c + "e yo" + c + "Yerlan");
        }
        Random random = new Random(20261207);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j >= 0; j--) {
                text.append(random.nextInt(4) == 0 ? ' ' : (char) (32 + random.nextInt(95)));
            }
            texts.add(text.toString());
        }
        texts.add("Police detained activists who had gathered peacefully; they were questioned and fined.");
        for (String text : texts) {
            assertThat(NameKeys.ascii(text)).isTrue();
            assertThat(latin.transliterate(text)).isEqualTo(text);
            assertThat(keys.transliterate(text)).isEqualTo(text);
        }
        assertThat(NameKeys.ascii("Žanbolat")).isFalse();
        assertThat(NameKeys.ascii("Жанболат")).isFalse();
    }

    @Test
    void latinTransliteratesKazakhAndRussianLettersToLowerCaseAscii() {
        assertThat(NameKeys.latin("Қайрат Әбілов")).isEqualTo("qairat abilov");
        assertThat(NameKeys.latin("Юлия Щукина")).isEqualTo("yuliya shchukina");
        assertThat(NameKeys.latin("  Žanbolat   MAMAJ ")).isEqualTo("zanbolat mamaj");
        assertThat(NameKeys.latin("«ДВК»")).isEqualTo("dvk");
    }

    @Test
    void softAndHardSignsAndTheKazakhNgSeparatorStayInsideTheWord() {
        assertThat(NameKeys.latin("Гульнара Подъячева")).isEqualTo("gulnara podyacheva");
        assertThat(NameKeys.latin("Инга Жангельды")).isEqualTo("inga zhangeldy");
        assertThat(NameKeys.skeleton("Инга Жангельды")).isEqualTo(NameKeys.skeleton("Inga Zhangeldy"));
    }

    /**
     * The one normalisation of names: identity's matching (NameMatch, NameIndex) once prepared Cyrillic itself before
     * calling {@link NameKeys}, a second fix of the soft-sign bug. Whatever the case, the signs and нг stay in the word.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ГУЛЬНАРА ПОДЪЯЧЕВА, gulnara podyacheva",
        "Ильяс Объединённый, ilyas obedinennyi",
        "ИНГА, inga",
        "Нгуен, nguen",
        "Жаңгельды, zhanggeldy",
        "Аль-Фараби, alfarabi",
    })
    void signsAndNgStayInsideTheWordInAnyCase(String name, String latin) {
        assertThat(NameKeys.latin(name)).isEqualTo(latin);
        assertThat(NameKeys.tokens(name)).hasSize(latin.split(" ").length);
    }

    @Test
    void exactFormsAreTheLowerCaseTheLatinAndTheSkeleton() {
        assertThat(NameKeys.exactForms("  Жанболат Мамай ")).containsExactly("жанболат мамай", "zhanbolat mamai",
                NameKeys.skeleton("Zhanbolat Mamay"));
        assertThat(NameKeys.exactForms(" ")).isEmpty();
    }

    @Test
    void latinOfBlankIsEmpty() {
        assertThat(NameKeys.latin(null)).isEmpty();
        assertThat(NameKeys.latin("  ")).isEmpty();
        assertThat(NameKeys.tokens(" - ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Zhanbolat Mamay, Жанболат Мамай",
        "Zhambolat Mamaj, Zhanbolat Mamay",
        "Žanbolat Mamaj, Жанболат Мамай",
        "Janbolat Mamai, Жанболат Мамай",
        "Aset Abishev, Asset Abishev",
        "Асет Абишев, Asset Abyshev",
        "Kairat Abilov, Қайрат Әбілов",
        "Qayrat Abilov, Kayrat Abilov",
        "Yerlan Kaliyev, Ерлан Қалиев",
        "Sergey, Sergej",
        "Yuriy Shchukin, Jurij Schukin",
        "Mukhtar Ablyazov, Мухтар Аблязов",
        "Zhanaozen, Жаңаөзен",
        "Bilash-uly, Біләшұлы",
    })
    void spellingVariantsShareASkeleton(String one, String other) {
        assertThat(NameKeys.skeleton(one)).isEqualTo(NameKeys.skeleton(other));
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({
        "Aset Abishev, Askar Abishev",
        "Zhanbolat Mamay, Zhanbolat Mamyrov",
        "Dulat Agadil, Dulat Agadilov",
        "Marat, Murat",
    })
    void differentNamesKeepDifferentSkeletons(String one, String other) {
        assertThat(NameKeys.skeleton(one)).isNotEqualTo(NameKeys.skeleton(other));
    }

    @Test
    void tokensKeepTheWrittenOrder() {
        assertThat(NameKeys.tokens("Mamay Zhanbolat")).containsExactly("mamai", "zhanbolat");
    }

    @Test
    void aLongTextIsTransliteratedWordByWordExactlyAsWhole() throws java.io.IOException {
        // every message of the three languages, and long texts made of them (Kazakh, Russian and English sentences
        // with their punctuation, quotes, dashes and numbers), as the search index reads narratives
        List<String> texts = new java.util.ArrayList<>();
        for (String file : List.of("messages.properties", "messages_ru.properties", "messages_kk.properties")) {
            var properties = new java.util.Properties();
            try (var in = NameKeysTest.class.getResourceAsStream("/" + file);
                 var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.values().forEach(v -> texts.add(v.toString()));
        }
        List<String> all = List.copyOf(texts);
        for (int from = 0; from + 5 < all.size(); from += 5) {
            texts.add(String.join(" ", all.subList(from, from + 5)) + "\t«Ерлан» — 2020 ж., Ёлка; Ұлан-Өскемен\n");
        }
        long long_ = texts.stream().filter(t -> t.length() > 200).count();
        assertThat(long_).isGreaterThan(200);
        for (String text : texts) {
            assertThat(NameKeys.latin(text)).as(text).isEqualTo(NameKeys.transliterated(text));
        }
    }
}
