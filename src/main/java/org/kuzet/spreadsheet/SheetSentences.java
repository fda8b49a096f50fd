package org.kuzet.spreadsheet;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.legalcase.CaseDocument.SentenceComponentDocument;
import org.kuzet.legalcase.PunishmentWords;

/**
 * A sentence as a sheet writes it in one cell: its punishments separated as any list is ({@code ;} or a line break),
 * each a punishment by its label and its term or sum, in either order — "imprisonment 5 years", "5 лет лишения
 * свободы", "штраф 55 560 тенге", "1 год 6 месяцев ограничения свободы" — or {@code unknown} / {@code неизвестно} /
 * {@code белгісіз} when the source does not state it. A punishment has one term, its units side by side and the
 * larger first ("2 года 6 месяцев"). What cannot be read whole (a regime, a fine in МРП, a fraction of a year, a
 * second term) is a problem of the cell, never a part left out nor two terms added up.
 */
final class SheetSentences {

    /** What a sentence cell holds: its punishments, or that the source does not state it. */
    record Read(List<SentenceComponentDocument> components, boolean unknown) {
    }

    static final List<String> UNKNOWN = List.of("unknown", "not stated", "неизвестно", "не указано", "не известно",
            "белгісіз");
    private static final Pattern TERM = Pattern.compile("(?iu)(\\d+)\\s*(years?|yrs?|y|г\\.|год|года|лет|жыл|"
            + "months?|mos?|мес\\.|месяц|месяца|месяцев|ай|weeks?|недел[яиь]|апта|days?|день|дня|дней|дн\\.|суток|сутки|"
            + "күн|тәулік)(?!\\p{L})(?:['’]s?)?");
    /** What may stand between the units of one term: "1 год 6 месяцев", "1 year and 6 months", never a comma. */
    private static final Pattern BETWEEN_UNITS = Pattern.compile("(?iu)\\s*(?:(?:and|и|және)\\s+)?");
    private static final Pattern ISO_TERM = Pattern.compile("(?i)(?<!\\p{L})P(?:\\d+[YMWD])+(?!\\p{L})");
    private static final Pattern AMOUNT = Pattern.compile("(?iu)(\\d[\\d" + PunishmentWords.THOUSANDS_SEPARATORS
            + "]*(?:[.,]\\d{1,2})?)\\s*"
            + "(KZT|USD|EUR|RUB|тенге|теңге|тг\\.?|₸)(?!\\p{L})");
    private static final Pattern INDEX = Pattern.compile("(?iu)(?<!\\p{L})(мрп|mrp|аек|mci)(?!\\p{L})");
    /** Words that join a term to its punishment: "imprisonment for 5 years", "штраф в размере …". */
    private static final Pattern FILLER = Pattern.compile("(?iu)(?<!\\p{L})(for|of|in|a|на|сроком|в|виде|размере|"
            + "мерзімге|мөлшерінде)(?!\\p{L})");
    private static final Pattern PUNCTUATION = Pattern.compile("[,:;()'’\\-–—]");

    private SheetSentences() {
    }

    /** The sentence a cell gives, or null when it is empty; its problems go to the row, under the cell. */
    static Read read(Row row, Field field, CellValues values) {
        String text = row.text(field);
        if (text == null) {
            return null;
        }
        if (UNKNOWN.contains(Columns.normal(text))) {
            return new Read(List.of(), true);
        }
        List<SentenceComponentDocument> components = new ArrayList<>();
        for (String part : row.list(field)) {
            SentenceComponentDocument component = component(row, field, values, part);
            if (component != null) {
                components.add(component);
            }
        }
        return new Read(components, false);
    }

    private static SentenceComponentDocument component(Row row, Field field, CellValues values, String written) {
        String rest = written;
        if (INDEX.matcher(rest).find()) {
            row.problem(field, "'" + Row.abbreviate(written) + "': a sum in monthly calculation indices (МРП) is not "
                    + "a sum of money: write it in tenge as the judgment gives it (\"штраф 55 560 тенге\")");
            return null;
        }
        String amount = null;
        String currency = null;
        Matcher m = AMOUNT.matcher(rest);
        if (m.find()) {
            amount = PunishmentWords.amount(m.group(1));
            String unit = m.group(2).toUpperCase(Locale.ROOT);
            currency = unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? unit : "KZT";
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
            if (AMOUNT.matcher(rest).find()) {
                row.problem(field, "'" + Row.abbreviate(written) + "' gives two sums; write each punishment apart, "
                        + "separated by ';'");
                return null;
            }
        }
        int years = 0;
        int months = 0;
        int days = 0;
        boolean term = false;
        m = TERM.matcher(rest);
        StringBuilder left = new StringBuilder();
        int from = 0;
        int lastRank = Integer.MAX_VALUE;
        int termStart = 0;
        while (m.find()) {
            int n;
            try {
                n = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                row.problem(field, "'" + Row.abbreviate(written) + "' has too long a term");
                return null;
            }
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            int rank = unit.matches("years?|yrs?|y|г\\.|год|года|лет|жыл") ? 4
                    : unit.matches("months?|mos?|мес\\.|месяц|месяца|месяцев|ай") ? 3
                    : unit.matches("weeks?|недел[яиь]|апта") ? 2 : 1;
            // one term only: its units side by side, each once, the larger first ("2 года 6 месяцев"); anything else
            // ("5 лет (3 года условно)", "5 лет, 3 года") is a second term, never added to the first
            if (term && (rank >= lastRank || !BETWEEN_UNITS.matcher(rest.substring(from, m.start())).matches())) {
                row.problem(field, "'" + Row.abbreviate(written) + "' gives two terms: '"
                        + rest.substring(termStart, from).strip() + "' and '" + m.group().strip() + "'; write one term "
                        + "for each punishment, each punishment apart, separated by ';'");
                return null;
            }
            switch (rank) {
                case 4 -> years = n;
                case 3 -> months = n;
                case 2 -> days = 7 * n;
                default -> days += n;
            }
            // between two units of the term only spaces or "and", which go with it
            left.append(term ? "" : rest.substring(from, m.start())).append(' ');
            termStart = term ? termStart : m.start();
            lastRank = rank;
            term = true;
            from = m.end();
        }
        left.append(rest.substring(from));
        rest = left.toString();
        String duration = term ? Period.of(years, months, days).toString() : null;
        m = ISO_TERM.matcher(rest);
        if (m.find()) {
            if (term) {
                row.problem(field, "'" + Row.abbreviate(written) + "' gives two terms; write one");
                return null;
            }
            duration = m.group().toUpperCase(Locale.ROOT);
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        String kind = PUNCTUATION.matcher(rest).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (kind.isEmpty()) {
            row.problem(field, "'" + Row.abbreviate(written) + "' names no punishment (such as \"imprisonment 5 years\" "
                    + "or \"штраф 55 560 тенге\")");
            return null;
        }
        if (kind.matches(".*\\d.*")) {
            row.problem(field, "'" + Row.abbreviate(written) + "' is not read as a punishment with a term in whole years, "
                    + "months, weeks or days (\"1 год 6 месяцев\", not \"1,5 года\") or a sum in a currency");
            return null;
        }
        List<String> codes = values.candidates(row, field, "sentence_kind", kind);
        if (codes == null) {
            return null;
        }
        String joined = FILLER.matcher(kind).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (codes.isEmpty() && !joined.isEmpty() && !joined.equals(kind)) {
            // "imprisonment for", "штраф в размере": the label without the words that joined it to its term
            codes = values.candidates(row, field, "sentence_kind", joined);
            kind = codes == null || codes.isEmpty() ? kind : joined;
            if (codes == null) {
                return null;
            }
        }
        if (codes.isEmpty()) {
            row.problem(field, "'" + Row.abbreviate(written) + "': '" + Row.abbreviate(kind) + "' is not a punishment "
                    + "known by its code or its label in English, Russian or Kazakh (a prison regime is not read from a "
                    + "sheet: add it in the case form); correct the cell or map the words to a punishment in the "
                    + "mapping's values");
            return null;
        }
        if (codes.size() > 1) {
            CellValues.ambiguous(row, field, kind, codes);
            return null;
        }
        return new SentenceComponentDocument(codes.getFirst(), duration, null, amount, currency, null);
    }
}
