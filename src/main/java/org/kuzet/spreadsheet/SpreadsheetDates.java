package org.kuzet.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.shared.DateWithPrecision;

/**
 * Dates as spreadsheets hold them, each with the precision it states: "12.05.2021" and "12 мая 2021" (day),
 * "May 2021", "май 2021" and "05.2021" (month), "2021" and "2021 г." (year), ISO dates ("2021-05-12", "2021-05",
 * what an Excel date cell is read as). A date written with slashes is read only when one reading alone is a date
 * ("25/05/2021"); "05/06/2021" could be either day first or month first and is refused, never guessed.
 */
final class SpreadsheetDates {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:г\\.?|ж\\.?)?");
    private static final Pattern DOTTED_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{4})\\s*(?:г\\.?|ж\\.?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(?:г\\.?|год|года|ж\\.?|жыл|year)?");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})\\s*(?:г\\.?|года|ж\\.?)?");
    private static final Pattern DAY_NAMED_MONTH = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})\\s*(?:г\\.?|года|ж\\.?)?");
    private static final Pattern NAMED_MONTH_DAY = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "январь", "января", "янв", "қаңтар"},
                {"february", "feb", "февраль", "февраля", "фев", "ақпан"},
                {"march", "mar", "март", "марта", "мар", "наурыз"},
                {"april", "apr", "апрель", "апреля", "апр", "сәуір"},
                {"may", "май", "мая", "мамыр"},
                {"june", "jun", "июнь", "июня", "июн", "маусым"},
                {"july", "jul", "июль", "июля", "июл", "шілде"},
                {"august", "aug", "август", "августа", "авг", "тамыз"},
                {"september", "sep", "sept", "сентябрь", "сентября", "сен", "сент", "қыркүйек"},
                {"october", "oct", "октябрь", "октября", "окт", "қазан"},
                {"november", "nov", "ноябрь", "ноября", "ноя", "нояб", "қараша"},
                {"december", "dec", "декабрь", "декабря", "дек", "желтоқсан"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    private SpreadsheetDates() {
    }

    /** The date and its precision, or an {@link IllegalArgumentException} saying why the text is not one. */
    static DateWithPrecision parse(String written) {
        String text = written.strip().replaceAll("\\s+", " ");
        Matcher m;
        try {
            if ((m = ISO_DAY.matcher(text)).matches()) {
                return DateWithPrecision.day(number(m, 1), number(m, 2), number(m, 3));
            }
            if ((m = ISO_MONTH.matcher(text)).matches()) {
                return DateWithPrecision.month(number(m, 1), number(m, 2));
            }
            if ((m = DOTTED_DAY.matcher(text)).matches()) {
                return DateWithPrecision.day(number(m, 3), number(m, 2), number(m, 1));
            }
            if ((m = DOTTED_MONTH.matcher(text)).matches()) {
                return DateWithPrecision.month(number(m, 2), number(m, 1));
            }
            if ((m = YEAR.matcher(text)).matches()) {
                return DateWithPrecision.year(number(m, 1));
            }
            if ((m = SLASHED.matcher(text)).matches()) {
                return slashed(text, number(m, 1), number(m, 2), number(m, 3));
            }
            if ((m = DAY_NAMED_MONTH.matcher(text)).matches()) {
                return DateWithPrecision.day(number(m, 3), month(m.group(2), text), number(m, 1));
            }
            if ((m = NAMED_MONTH_DAY.matcher(text)).matches()) {
                return DateWithPrecision.day(number(m, 3), month(m.group(1), text), number(m, 2));
            }
            if ((m = NAMED_MONTH.matcher(text)).matches()) {
                return DateWithPrecision.month(number(m, 2), month(m.group(1), text));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + written + "' is not a date of the calendar");
        }
        if (DATE_TIME.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + written + "' has a time of day; Kuzet records the date alone: write "
                    + text.substring(0, 10));
        }
        throw new IllegalArgumentException("'" + written + "' is not a date in a form read here (12.05.2021, May 2021, "
                + "05.2021, 2021 or 2021-05-12)");
    }

    private static DateWithPrecision slashed(String text, int first, int second, int year) {
        boolean dayFirst = valid(year, second, first);
        boolean monthFirst = valid(year, first, second);
        if (dayFirst && monthFirst && first != second) {
            throw new IllegalArgumentException("'" + text + "' could be day/month or month/day; write it as "
                    + "dd.mm.yyyy or yyyy-mm-dd");
        }
        if (dayFirst) {
            return DateWithPrecision.day(year, second, first);
        }
        if (monthFirst) {
            return DateWithPrecision.day(year, first, second);
        }
        throw new IllegalArgumentException("'" + text + "' is not a date of the calendar");
    }

    private static boolean valid(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int month(String name, String text) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new IllegalArgumentException("'" + text + "': '" + name + "' is not a month");
        }
        return month;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
