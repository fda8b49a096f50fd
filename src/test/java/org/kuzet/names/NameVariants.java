package org.kuzet.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled set of the name-matching evaluation (issue 14), generated from the persons of
 * {@code src/test/resources/names/persons.txt} and the {@link Romanisation} systems, deterministically: the same
 * lines always give the same file, {@code src/test/resources/names/name-variants.csv}.
 *
 * <p>Every pair has on its left the person as the record holds them ({@link #recordForm}: the Cyrillic spelling, or
 * the passport's Latin for every other person) and on its right another writing:
 * <ul>
 *   <li>positives ({@code same=true}): the name in each romanisation system, in Russian Cyrillic (kind
 *   {@code cyrillic_ru}) or Kazakh Cyrillic ({@code cyrillic}); with one typo ({@code typo_drop},
 *   {@code typo_double}, {@code typo_swap}); surname first ({@code surname_first}); with the patronymic
 *   ({@code with_patronymic}, and {@code surname_first_patronymic} in the Russian documents' order); hyphenated
 *   ({@code hyphenation}: a compound first name split, Nur-Sultan, or the patronymic joined to the surname,
 *   Utepova-Nurlanovna). The column {@code system} names the system the right side is written in.</li>
 *   <li>hard negatives ({@code same=false}): a namesake (same surname, another first name); a son whose patronymic
 *   is the person's first name ({@code father_son}); a surname one letter away that is another family
 *   ({@code near_surname}, listed or found among the persons); the same first name with another surname
 *   ({@code same_first_name}); and the corpus's own pairs.</li>
 * </ul>
 * The split is by family: persons whose surnames are the same or one letter apart (and the listed near pairs) are a
 * family, and a family's pairs all go to the development half or all to the held-out half, by a hash of its name.
 */
public final class NameVariants {

    public static final String PERSONS = "/names/persons.txt";
    public static final String PAIRS = "/names/name-variants.csv";
    public static final List<String> HEADER = List.of("left", "right", "same", "kind", "system", "name_id", "split");
    public static final String DEV = "dev";
    public static final String HELD_OUT = "heldout";

    /** The kinds of the positive pairs that are not a system of their own. */
    public static final List<String> VARIATION_KINDS = List.of("typo_drop", "typo_double", "typo_swap", "surname_first",
            "with_patronymic", "surname_first_patronymic", "hyphenation");
    public static final List<String> NEGATIVE_KINDS = List.of("namesake", "father_son", "near_surname", "same_first_name");

    /** One person of the list; {@code first} may hold a "+" where a compound name joins. */
    public record Person(String first, String patronymic, String surname, boolean male, boolean kazakh, boolean corpus) {

        /** The name id of the labelled set: first name and surname in Cyrillic. */
        public String id() {
            return first.replace("+", "") + " " + surname;
        }

        Person named(String otherFirst, String otherPatronymic, String otherSurname, boolean isMale) {
            return new Person(otherFirst, otherPatronymic, otherSurname, isMale, kazakh, false);
        }
    }

    /** One labelled pair. */
    public record Pair(String left, String right, boolean same, String kind, String system, String nameId, String split) {
    }

    /** How a name is written: by a romanisation system, or in Cyrillic (Kazakh as written, or Russified). */
    public record Writing(String code, Romanisation system, boolean russian) {

        static final Writing CYRILLIC = new Writing("cyrillic", null, false);
        static final Writing CYRILLIC_RU = new Writing("cyrillic_ru", null, true);

        String word(String cyrillic, Person p, boolean surname) {
            if (system != null) {
                return system.word(cyrillic, p.kazakh, surname);
            }
            return russian ? Romanisation.russified(cyrillic) : cyrillic;
        }
    }

    private record Listed(String kind, String left, String right) {
    }

    private final List<Person> persons = new ArrayList<>();
    private final List<String[]> near = new ArrayList<>();
    private final List<Listed> listed = new ArrayList<>();

    private NameVariants(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\|", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            if (f[0].equals("near")) {
                near.add(new String[] {f[1], f[2]});
            } else if (f[0].equals("namesake") || f[0].equals("father_son") || f[0].equals("same_first_name")) {
                listed.add(new Listed(f[0], f[1], f[2]));
            } else {
                persons.add(new Person(f[0], f[1], f[2], f[3].equals("m"), f[4].equals("kk"), f[5].equals("corpus")));
            }
        }
    }

    /** The persons of the list file. */
    public static NameVariants fromList() {
        try (InputStream in = NameVariants.class.getResourceAsStream(PERSONS)) {
            return new NameVariants(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Person> persons() {
        return persons;
    }

    /** Every distinct first name, patronymic and surname of the list (without the compound marks). */
    public Set<String> distinctNames() {
        Set<String> names = new TreeSet<>();
        for (Person p : persons) {
            names.add(p.first.replace("+", ""));
            names.add(p.surname);
            if (!p.patronymic.isEmpty()) {
                names.add(p.patronymic);
            }
        }
        return names;
    }

    /** The romanisation systems and the two Cyrillic spellings a right side may be written in. */
    public static List<Writing> writings() {
        List<Writing> all = new ArrayList<>();
        for (Romanisation r : Romanisation.values()) {
            all.add(new Writing(r.code(), r, false));
        }
        all.add(Writing.CYRILLIC_RU);
        all.add(Writing.CYRILLIC);
        return all;
    }

    /** The person as the record holds them: in Cyrillic, or for every other person as their passport writes them. */
    public static Writing recordWriting(Person p) {
        if (hash(p.id()) % 2 == 0) {
            return Writing.CYRILLIC;
        }
        Romanisation passport = p.kazakh ? Romanisation.ICAO_KZ : Romanisation.ICAO_RU;
        return new Writing(passport.code(), passport, false);
    }

    public static String recordForm(Person p) {
        return write(p, recordWriting(p), Order.FIRST_SURNAME, false);
    }

    enum Order { FIRST_SURNAME, SURNAME_FIRST, FIRST_PATRONYMIC_SURNAME, SURNAME_FIRST_PATRONYMIC, SURNAME_PATRONYMIC_HYPHEN }

    static String write(Person p, Writing w, Order order, boolean hyphenateFirst) {
        String first = writeFirst(p, w, hyphenateFirst);
        String surname = w.word(p.surname, p, true);
        String patronymic = p.patronymic.isEmpty() ? "" : w.word(p.patronymic, p, false);
        return switch (order) {
            case FIRST_SURNAME -> first + " " + surname;
            case SURNAME_FIRST -> surname + " " + first;
            case FIRST_PATRONYMIC_SURNAME -> first + " " + patronymic + " " + surname;
            case SURNAME_FIRST_PATRONYMIC -> surname + " " + first + " " + patronymic;
            case SURNAME_PATRONYMIC_HYPHEN -> first + " " + surname + "-" + patronymic;
        };
    }

    private static String writeFirst(Person p, Writing w, boolean hyphenate) {
        if (!hyphenate || !p.first.contains("+")) {
            return w.word(p.first.replace("+", ""), p, false);
        }
        List<String> parts = new ArrayList<>();
        for (String part : p.first.split("\\+")) {
            parts.add(w.word(part, p, false));
        }
        return String.join("-", parts);
    }

    /** The labelled set, in the order of the list file. */
    public List<Pair> pairs() {
        Map<String, String> families = families();
        List<Pair> pairs = new ArrayList<>();
        List<Writing> writings = writings();
        for (Person p : persons) {
            String split = hash(families.get(masculine(p.surname))) % 2 == 0 ? DEV : HELD_OUT;
            String left = recordForm(p);
            Set<String> seen = new LinkedHashSet<>();
            seen.add(left);
            List<Pair> mine = new ArrayList<>();
            for (Writing w : writings) {
                // a Russian name has no Russified spelling; the two passports are one writing of a Kazakh name,
                // and of a Russian one
                if (w == Writing.CYRILLIC_RU && !p.kazakh || w.system() == Romanisation.ICAO_KZ && !p.kazakh
                        || w.system() == Romanisation.ICAO_RU && p.kazakh) {
                    continue;
                }
                add(mine, seen, p, left, write(p, w, Order.FIRST_SURNAME, false), true, w.code(), w.code(), split);
            }
            for (String typo : List.of("typo_drop", "typo_double", "typo_swap")) {
                Writing w = pick(writings, p.id() + "|" + typo);
                add(mine, seen, p, left, typo(write(p, w, Order.FIRST_SURNAME, false), typo, p.id()), true, typo,
                        w.code(), split);
            }
            Writing w = pick(writings, p.id() + "|surname_first");
            add(mine, seen, p, left, write(p, w, Order.SURNAME_FIRST, false), true, "surname_first", w.code(), split);
            if (!p.patronymic.isEmpty()) {
                w = pick(writings, p.id() + "|with_patronymic");
                add(mine, seen, p, left, write(p, w, Order.FIRST_PATRONYMIC_SURNAME, false), true, "with_patronymic",
                        w.code(), split);
                Writing russian = p.kazakh ? Writing.CYRILLIC_RU : Writing.CYRILLIC;
                add(mine, seen, p, left, write(p, russian, Order.SURNAME_FIRST_PATRONYMIC, false), true,
                        "surname_first_patronymic", russian.code(), split);
                w = pick(writings, p.id() + "|hyphenation");
                add(mine, seen, p, left, write(p, w, Order.SURNAME_PATRONYMIC_HYPHEN, false), true, "hyphenation",
                        w.code(), split);
            }
            if (p.first.contains("+")) {
                w = pick(writings, p.id() + "|hyphenation-first");
                add(mine, seen, p, left, write(p, w, Order.FIRST_SURNAME, true), true, "hyphenation", w.code(), split);
            }
            negatives(p, left, split, families, seen, mine);
            pairs.addAll(mine);
        }
        return pairs;
    }

    private void negatives(Person p, String left, String split, Map<String, String> families, Set<String> seen,
                           List<Pair> out) {
        List<Writing> writings = writings();
        // a namesake: the same surname, another first name of the same sex and language
        String other = otherFirst(p, p.id() + "|namesake");
        negative(out, seen, p, left, p.named(other, "", p.surname, p.male), "namesake", writings, split);
        // a son (or daughter) whose patronymic is the person's first name
        if (p.male) {
            String child = otherFirst(p, p.id() + "|child");
            boolean kazakhForm = p.kazakh && hash(p.id()) % 3 != 0;
            String root = p.first.replace("+", "");
            String patronymic = kazakhForm ? root + "ұлы"
                    : root.endsWith("й") ? root.substring(0, root.length() - 1) + "евич" : root + "ович";
            negative(out, seen, p, left, p.named(child, patronymic, p.surname, true), "father_son", writings, split,
                    Order.FIRST_PATRONYMIC_SURNAME);
        }
        // another family whose surname is a letter away
        for (String partner : nearSurnames(p)) {
            negative(out, seen, p, left, p.named(p.first, "", gendered(partner, p.male), p.male), "near_surname",
                    writings, split);
        }
        // the same first name, another surname of the same half
        List<Person> sameHalf = new ArrayList<>();
        for (Person q : persons) {
            if (q.kazakh == p.kazakh && !families.get(masculine(q.surname)).equals(families.get(masculine(p.surname)))
                    && (hash(families.get(masculine(q.surname))) % 2) == (hash(families.get(masculine(p.surname))) % 2)) {
                sameHalf.add(q);
            }
        }
        if (!sameHalf.isEmpty()) {
            Person q = sameHalf.get((int) (hash(p.id() + "|same_first_name") % sameHalf.size()));
            negative(out, seen, p, left, p.named(p.first, "", gendered(masculine(q.surname), p.male), p.male),
                    "same_first_name", writings, split);
        }
        for (Listed l : listed) {
            if (l.left.equals(p.id())) {
                String[] words = l.right.split(" ");
                Person b = p.named(words[0], "", words[1], p.male);
                negative(out, seen, p, left, b, l.kind, writings, split);
            }
        }
    }

    private void negative(List<Pair> out, Set<String> seen, Person p, String left, Person other, String kind,
                          List<Writing> writings, String split) {
        negative(out, seen, p, left, other, kind, writings, split, Order.FIRST_SURNAME);
    }

    private void negative(List<Pair> out, Set<String> seen, Person p, String left, Person other, String kind,
                          List<Writing> writings, String split, Order order) {
        Writing w = pick(writings, other.id() + "|" + other.patronymic + "|" + kind + "|" + p.id());
        add(out, seen, p, left, write(other, w, order, false), false, kind, w.code(), split);
    }

    private static void add(List<Pair> out, Set<String> seen, Person p, String left, String right, boolean same,
                            String kind, String system, String split) {
        if (seen.add(right)) {
            out.add(new Pair(left, right, same, kind, system, p.id(), split));
        }
    }

    /** Another first name of the list of the same sex and language, picked by a hash of {@code seed}. */
    private String otherFirst(Person p, String seed) {
        List<String> pool = new ArrayList<>(new TreeSet<>(persons.stream()
                .filter(q -> q.male == p.male && q.kazakh == p.kazakh && !q.first.equals(p.first))
                .map(q -> q.first.replace("+", "")).toList()));
        return pool.get((int) (hash(seed) % pool.size()));
    }

    /** The listed near surnames of the person's surname and the surnames of the list one letter away from it. */
    private List<String> nearSurnames(Person p) {
        String mine = masculine(p.surname);
        Set<String> found = new LinkedHashSet<>();
        for (String[] n : near) {
            if (masculine(n[0]).equals(mine)) {
                found.add(masculine(n[1]));
            } else if (masculine(n[1]).equals(mine)) {
                found.add(masculine(n[0]));
            }
        }
        for (Person q : persons) {
            String theirs = masculine(q.surname);
            if (!theirs.equals(mine) && oneLetterApart(Romanisation.russified(theirs), Romanisation.russified(mine))) {
                found.add(theirs);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Families: surnames (in their masculine form) joined when equal, listed as near, or one letter apart; each
     * maps to its family's name, the first of its surnames in alphabetical order.
     */
    Map<String, String> families() {
        Map<String, String> parent = new TreeMap<>();
        for (Person p : persons) {
            parent.put(masculine(p.surname), masculine(p.surname));
        }
        for (String[] n : near) {
            parent.putIfAbsent(masculine(n[0]), masculine(n[0]));
            parent.putIfAbsent(masculine(n[1]), masculine(n[1]));
            union(parent, masculine(n[0]), masculine(n[1]));
        }
        List<String> all = List.copyOf(parent.keySet());
        for (String a : all) {
            for (String b : all) {
                if (a.compareTo(b) < 0 && oneLetterApart(Romanisation.russified(a), Romanisation.russified(b))) {
                    union(parent, a, b);
                }
            }
        }
        Map<String, String> family = new LinkedHashMap<>();
        for (String s : all) {
            family.put(s, root(parent, s));
        }
        return family;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            // the alphabetically first surname names the family
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static String root(Map<String, String> parent, String s) {
        while (!parent.get(s).equals(s)) {
            s = parent.get(s);
        }
        return s;
    }

    /** Whether one letter substituted, added or dropped turns one word into the other. */
    static boolean oneLetterApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /** The masculine form of a surname (Абишева → Абишев, Ходорковская → Ходорковский); others unchanged. */
    static String masculine(String surname) {
        for (String end : List.of("ова", "ева", "ёва", "ина")) {
            if (surname.endsWith(end)) {
                return surname.substring(0, surname.length() - 1);
            }
        }
        if (surname.endsWith("ская")) {
            return surname.substring(0, surname.length() - 2) + "ий";
        }
        return surname;
    }

    /** The surname in the form of a man or a woman. */
    static String gendered(String masculine, boolean male) {
        if (male) {
            return masculine;
        }
        for (String end : List.of("ов", "ев", "ёв", "ин")) {
            if (masculine.endsWith(end)) {
                return masculine + "а";
            }
        }
        if (masculine.endsWith("ский")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        return masculine;
    }

    /**
     * One slip of the hand in the longest word: a letter dropped, doubled, or swapped with the next. Never the first
     * letter, never a mark (apostrophe, prime, hyphen).
     */
    static String typo(String name, String kind, String seed) {
        String[] words = name.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        Random random = new Random(hash(seed + "|" + kind));
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i < word.length(); i++) {
            boolean letter = Character.isLetter(word.charAt(i)) && Character.getType(word.charAt(i)) != Character.MODIFIER_LETTER;
            boolean nextLetter = i + 1 < word.length() && Character.isLetter(word.charAt(i + 1))
                    && Character.getType(word.charAt(i + 1)) != Character.MODIFIER_LETTER
                    && !Character.isSurrogate(word.charAt(i));
            boolean combiningNext = i + 1 < word.length() && Character.getType(word.charAt(i + 1)) == Character.NON_SPACING_MARK;
            if (letter && !combiningNext && (!kind.equals("typo_swap") || nextLetter && word.charAt(i) != word.charAt(i + 1))) {
                positions.add(i);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        String slipped = switch (kind) {
            case "typo_drop" -> word.substring(0, at) + word.substring(at + 1);
            case "typo_double" -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
            case "typo_swap" -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            default -> throw new IllegalArgumentException(kind);
        };
        words[longest] = slipped;
        return String.join(" ", words);
    }

    private static Writing pick(List<Writing> writings, String seed) {
        return writings.get((int) (hash(seed) % writings.size()));
    }

    /** A stable hash of a text (CRC-32 of its UTF-8 bytes): the split and the picks never change between runs. */
    public static long hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The labelled set as CSV text: the content of {@link #PAIRS}. */
    public static String csv(List<Pair> pairs) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (Pair p : pairs) {
                printer.printRecord(p.left, p.right, p.same, p.kind, p.system, p.nameId, p.split);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The committed labelled set. */
    public static List<Pair> committed() {
        try (InputStream in = NameVariants.class.getResourceAsStream(PAIRS)) {
            if (in == null) {
                return List.of();
            }
            List<Pair> pairs = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                pairs.add(new Pair(r.get("left"), r.get("right"), Boolean.parseBoolean(r.get("same")), r.get("kind"),
                        r.get("system"), r.get("name_id"), r.get("split")));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
