package org.kuzet.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ways a Kazakh or Russian name written in Cyrillic is found written in Latin letters, each a small table and
 * its few rules, written for the evaluation from the standards' own tables and independently of the product's
 * matching ({@link NameKeys} uses ICU's BGN transform; nothing here calls it or ICU).
 *
 * <p>A system reads either the Kazakh Cyrillic spelling as the person writes it ({@link Source#KAZAKH}: the
 * systems that cover the Kazakh letters ә ғ қ ң ө ұ ү һ і) or the Russian Cyrillic spelling of the name, which for
 * a Kazakh name drops those letters (Жұмағұлов → Жумагулов, {@link #russified}), as Russian documents, the Russian
 * passport and the foreign press working from Russian sources do ({@link Source#RUSSIAN}).
 *
 * <p>Sources of the tables: ICAO Doc 9303 part 3 (the Russian passport since 2013 and the Kazakh one apply it;
 * Kazakhstan adds ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, һ h, і i); BGN/PCGN 1947 for Russian and 1979 for Kazakh;
 * ISO 9:1995 (= GOST 7.79 system A) and GOST 7.79-2000 system B (ASCII); the scholarly (linguistic) system with
 * the Turkological letters for Kazakh; the Duden rules for German and the usual French press rendering; the Kazakh
 * Latin alphabets of the decrees of 26 October 2017 (apostrophes), 19 February 2018 (acute accents, sh/ch) and
 * the revised alphabet of January 2021; and the older Kazakh passports, transliterated from the Russian spelling
 * in the English manner (ye, y, yu, ya, and a doubled s between vowels: Asset, Kassym).
 */
public enum Romanisation {

    /** ICAO 9303 as the Kazakh passport applies it, from the Kazakh spelling; capitals as in the passport. */
    ICAO_KZ("icao_kz", Source.KAZAKH, true, """
            а:a ә:a б:b в:v г:g ғ:g д:d е:e ё:e ж:zh з:z и:i й:i к:k қ:k л:l м:m н:n ң:n о:o ө:o п:p р:r с:s т:t
            у:u ұ:u ү:u ф:f х:kh һ:h ц:ts ч:ch ш:sh щ:shch ъ:ie ы:y і:i ь: э:e ю:iu я:ia"""),

    /** ICAO 9303 as the Russian passport applies it (since 2013), from the Russian spelling. */
    ICAO_RU("icao_ru", Source.RUSSIAN, true, """
            а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts
            ч:ch ш:sh щ:shch ъ:ie ы:y ь: э:e ю:iu я:ia"""),

    /**
     * The older Kazakh passports and ID cards (and most English texts of the time), from the Russian spelling: е is
     * ye at the start of a word and after a vowel (Yerlan, Bokayev), й is y, ю yu, я ya, and с between vowels is
     * doubled so that it is not read as z (Asset, Kassymov).
     */
    KZ_PASSPORT_OLD("kz_passport_old", Source.RUSSIAN, true, """
            а:a б:b в:v г:g д:d е:e ё:yo ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts
            ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya""") {
        @Override
        String letter(String w, int i) {
            char c = w.charAt(i);
            if (c == 'е' && (i == 0 || isVowelOrSign(w.charAt(i - 1)))) {
                return "ye";
            }
            if (c == 'с' && i > 0 && i + 1 < w.length() && isVowel(w.charAt(i - 1)) && isVowel(w.charAt(i + 1))) {
                return "ss";
            }
            return super.letter(w, i);
        }
    },

    /** BGN/PCGN 1947 for Russian: ye/yë at the start and after vowels, ъ ʺ, ь ʹ, and t·s for тс (not ц). */
    BGN_RU("bgn_ru", Source.RUSSIAN, false, """
            а:a б:b в:v г:g д:d е:e ё:ë ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts
            ч:ch ш:sh щ:shch ъ:ʺ ы:y ь:ʹ э:e ю:yu я:ya""") {
        @Override
        String letter(String w, int i) {
            char c = w.charAt(i);
            boolean iotated = i == 0 || isVowelOrSign(w.charAt(i - 1)) || w.charAt(i - 1) == 'й';
            if (c == 'е' && iotated) {
                return "ye";
            }
            if (c == 'ё' && iotated) {
                return "yë";
            }
            if (c == 'т' && i + 1 < w.length() && w.charAt(i + 1) == 'с') {
                return "t·";
            }
            return super.letter(w, i);
        }
    },

    /** BGN/PCGN 1979 for Kazakh: ä gh q ng ö ū u ü h i for ә ғ қ ң ө у ұ ү һ і, ī for и, ė for э, n·g for нг. */
    BGN_KK("bgn_kk", Source.KAZAKH, false, """
            а:a ә:ä б:b в:v г:g ғ:gh д:d е:e ё:yo ж:zh з:z и:ī й:y к:k қ:q л:l м:m н:n ң:ng о:o ө:ö п:p р:r с:s
            т:t у:ū ұ:u ү:ü ф:f х:kh һ:h ц:ts ч:ch ш:sh щ:shch ъ:ʺ ы:y і:i ь:ʹ э:ė ю:yu я:ya""") {
        @Override
        String letter(String w, int i) {
            if (w.charAt(i) == 'н' && i + 1 < w.length() && w.charAt(i + 1) == 'г') {
                return "n·";
            }
            return super.letter(w, i);
        }
    },

    /** ISO 9:1995, which GOST 7.79 system A repeats: one Latin letter with diacritics for each Cyrillic letter. */
    ISO9("iso9", Source.KAZAKH, false, """
            а:a ә:a\u030B б:b в:v г:g ғ:ġ д:d е:e ё:ë ж:ž з:z и:i й:j к:k қ:ķ л:l м:m н:n ң:ṇ о:o ө:ô п:p р:r
            с:s т:t у:u ұ:u\u0307 ү:ù ф:f х:h һ:ḥ ц:c ч:č ш:š щ:ŝ ъ:ʺ ы:y і:ì ь:ʹ э:è ю:û я:â"""),

    /** GOST 7.79-2000 system B (ASCII only), from the Russian spelling: x for х, cz/c for ц, shh, y`, e`, ``. */
    GOST_B("gost_b", Source.RUSSIAN, false, """
            а:a б:b в:v г:g д:d е:e ё:yo ж:zh з:z и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:x ц:cz
            ч:ch ш:sh щ:shh ъ:`` ы:y` ь:` э:e` ю:yu я:ya""") {
        @Override
        String letter(String w, int i) {
            if (w.charAt(i) == 'ц' && i + 1 < w.length() && "еиыйё".indexOf(w.charAt(i + 1)) >= 0) {
                return "c";
            }
            return super.letter(w, i);
        }
    },

    /** Scholarly transliteration (Slavists' system, with the Turkologists' letters for Kazakh). */
    SCHOLARLY("scholarly", Source.KAZAKH, false, """
            а:a ә:ä б:b в:v г:g ғ:ğ д:d е:e ё:ë ж:ž з:z и:i й:j к:k қ:q л:l м:m н:n ң:ŋ о:o ө:ö п:p р:r с:s т:t
            у:u ұ:u ү:ü ф:f х:x һ:h ц:c ч:č ш:š щ:šč ъ:ʺ ы:y і:i ь:ʹ э:è ю:ju я:ja"""),

    /**
     * German press (Duden rules), from the Russian spelling: w, s, sch, tsch, schtsch, ch, z, je/jo/ju/ja, ss between
     * vowels; a Kazakh ж is heard as dsch (Dschumagulow), a Russian one as sch (Schukow).
     */
    GERMAN("german", Source.RUSSIAN, false, """
            а:a б:b в:w г:g д:d е:e ё:jo ж:sch з:s и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:ch ц:z
            ч:tsch ш:sch щ:schtsch ъ: ы:y ь: э:e ю:ju я:ja""") {
        @Override
        String letter(String w, int i) {
            char c = w.charAt(i);
            char before = i > 0 ? w.charAt(i - 1) : ' ';
            boolean last = i + 1 == w.length();
            if (c == 'е' && (i == 0 || isVowelOrSign(before))) {
                return "je";
            }
            if (c == 'ё' && "жчшщ".indexOf(before) >= 0) {
                return "o";
            }
            if (c == 'й' && last && (before == 'и' || before == 'ы')) {
                return "";
            }
            if (c == 'с' && i > 0 && !last && isVowel(before) && isVowel(w.charAt(i + 1))) {
                return "ss";
            }
            return super.letter(w, i);
        }

        @Override
        String ofKazakh(char c) {
            return c == 'ж' ? "dsch" : null;
        }
    },

    /** French press, from the Russian spelling: ou for у, ch for ш, j for ж, tch, kh, ï after a vowel, ss, iou/ia. */
    FRENCH("french", Source.RUSSIAN, false, """
            а:a б:b в:v г:g д:d е:e ё:io ж:j з:z и:i й:ï к:k л:l м:m н:n о:o п:p р:r с:s т:t у:ou ф:f х:kh ц:ts
            ч:tch ш:ch щ:chtch ъ: ы:y ь: э:e ю:iou я:ia""") {
        @Override
        String letter(String w, int i) {
            return french(w, i, super.letter(w, i));
        }
    },

    /** The older French press form: the same, with the surname's -ov/-ev written -off/-eff (Joumaguloff). */
    FRENCH_OFF("french_off", Source.RUSSIAN, false, FRENCH.spec) {
        @Override
        String letter(String w, int i) {
            return french(w, i, super.letter(w, i));
        }

        @Override
        String surname(String latin) {
            return latin.endsWith("ov") || latin.endsWith("ev") ? latin.substring(0, latin.length() - 1) + "ff" : latin;
        }
    },

    /** The Kazakh Latin alphabet of the decree of 26 October 2017, with apostrophes (a' g' n' o' u' y' s' c' i'). */
    KZ_LATIN_2017("kz_latin_2017", Source.KAZAKH, false, """
            а:a ә:a' б:b в:v г:g ғ:g' д:d е:e ё:i'o ж:j з:z и:i' й:i' к:k қ:q л:l м:m н:n ң:n' о:o ө:o' п:p р:r
            с:s т:t у:y' ұ:u ү:u' ф:f х:h һ:h ц:ts ч:c' ш:s' щ:s's' ъ: ы:y і:i ь: э:e ю:i'y' я:i'a"""),

    /** The Kazakh Latin alphabet of 19 February 2018, with acute accents (á ǵ ń ó ú ý), ı for и/й, sh and ch. */
    KZ_LATIN_2018("kz_latin_2018", Source.KAZAKH, false, """
            а:a ә:á б:b в:v г:g ғ:ǵ д:d е:e ё:ıo ж:j з:z и:ı й:ı к:k қ:q л:l м:m н:n ң:ń о:o ө:ó п:p р:r с:s т:t
            у:ý ұ:u ү:ú ф:f х:h һ:h ц:ts ч:ch ш:sh щ:shch ъ: ы:y і:i ь: э:e ю:ıý я:ıa"""),

    /** The revised Kazakh Latin alphabet of January 2021: ä ğ q ñ ö ū ü ş ç, ı for і, i for и/й, y for ы. */
    KZ_LATIN_2021("kz_latin_2021", Source.KAZAKH, false, """
            а:a ә:ä б:b в:v г:g ғ:ğ д:d е:e ё:io ж:j з:z и:i й:i к:k қ:q л:l м:m н:n ң:ñ о:o ө:ö п:p р:r с:s т:t
            у:u ұ:ū ү:ü ф:f х:h һ:h ц:ts ч:ç ш:ş щ:şş ъ: ы:y і:ı ь: э:e ю:iu я:ia""");

    /** Which Cyrillic spelling a system starts from. */
    public enum Source { KAZAKH, RUSSIAN }

    static final String VOWELS = "аәеёиоөуұүыіэюя";

    private final String code;
    private final Source source;
    private final boolean capitals;
    private final String spec;
    private final Map<Character, String> letters = new HashMap<>();

    Romanisation(String code, Source source, boolean capitals, String spec) {
        this.code = code;
        this.source = source;
        this.capitals = capitals;
        this.spec = spec;
        for (String entry : spec.strip().split("\\s+")) {
            int colon = entry.indexOf(':');
            letters.put(entry.charAt(0), entry.substring(colon + 1));
        }
    }

    /** The name of the system in the labelled set, e.g. "bgn_ru". */
    public String code() {
        return code;
    }

    public Source source() {
        return source;
    }

    /** Whether the system writes names in capitals (passports). */
    public boolean capitals() {
        return capitals;
    }

    /**
     * One word in this system; {@code kazakhCyrillic} is the word as the person writes it (Kazakh Cyrillic for a
     * Kazakh name), {@code kazakh} whether the name is Kazakh, {@code surname} whether the word is a surname.
     */
    public String word(String kazakhCyrillic, boolean kazakh, boolean surname) {
        String w = kazakhCyrillic.toLowerCase(Locale.ROOT);
        if (source == Source.RUSSIAN) {
            w = russified(w);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            String own = kazakh ? ofKazakh(w.charAt(i)) : null;
            String latin = own != null ? own : letter(w, i);
            if (latin == null) {
                throw new IllegalArgumentException(code + " has no rule for '" + w.charAt(i) + "' in " + kazakhCyrillic);
            }
            out.append(latin);
        }
        String latin = surname ? surname(out.toString()) : out.toString();
        return capitals ? latin.toUpperCase(Locale.ROOT) : capitalised(latin);
    }

    /** The Latin of the letter at {@code i}; systems with rules of context override this. */
    String letter(String w, int i) {
        return letters.get(w.charAt(i));
    }

    /** A letter a system writes differently in Kazakh names, or null. */
    String ofKazakh(char c) {
        return null;
    }

    /** The last touch to a surname (the French -off). */
    String surname(String latin) {
        return latin;
    }

    private static String french(String w, int i, String plain) {
        char c = w.charAt(i);
        char before = i > 0 ? w.charAt(i - 1) : ' ';
        boolean last = i + 1 == w.length();
        if (c == 'й') {
            return last && (before == 'и' || before == 'ы') ? "" : isVowel(before) ? "ï" : "i";
        }
        if (c == 'е' && i > 0 && isVowel(before)) {
            return "ïe";
        }
        if (c == 'ё' && "жчшщ".indexOf(before) >= 0) {
            return "e";
        }
        if (c == 'с' && i > 0 && !last && isVowel(before) && isVowel(w.charAt(i + 1))) {
            return "ss";
        }
        return plain;
    }

    /**
     * The Russian spelling of a Kazakh word, as Russian documents write Kazakh names: the Kazakh letters become the
     * nearest Russian ones (Жұмағұлов → Жумагулов, Әбішев → Абишев, Тоқтарұлы → Токтарулы).
     */
    public static String russified(String kazakhCyrillic) {
        StringBuilder out = new StringBuilder(kazakhCyrillic.length());
        for (char c : kazakhCyrillic.toCharArray()) {
            int k = "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(c);
            out.append(k < 0 ? c : "агкноуухиАГКНОУУХИ".charAt(k));
        }
        return out.toString();
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isVowelOrSign(char c) {
        return isVowel(c) || c == 'ь' || c == 'ъ';
    }

    static String capitalised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }
}
