package org.kuzet.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem in a piece of input, each under its JSON path, so that a user sees all of them
 * at once. {@code at("date")} and {@code at(3)} descend; the checks return the parsed value or null.
 */
public final class Checker {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern DURATION = Pattern.compile("^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$");

    private final List<Problem> problems;
    private final String path;

    private Checker(List<Problem> problems, String path) {
        this.problems = problems;
        this.path = path;
    }

    public static Checker root() {
        return new Checker(new ArrayList<>(), "$");
    }

    public static Checker rootAt(String rootPath) {
        return new Checker(new ArrayList<>(), rootPath);
    }

    public Checker at(String property) {
        return new Checker(problems, path + "." + property);
    }

    public Checker at(int index) {
        return new Checker(problems, path + "[" + index + "]");
    }

    public String path() {
        return path;
    }

    public void problem(String message) {
        problems.add(new Problem(path, message));
    }

    public void problemAt(String property, String message) {
        at(property).problem(message);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Reports a missing (null or blank) value; true when present. */
    public boolean required(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            problem("is required");
            return false;
        }
        return true;
    }

    public String text(String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problem("is too long: " + value.length() + " characters, at most " + maxLength + " allowed");
        }
        return value;
    }

    public String requiredText(String value, int maxLength) {
        return required(value) ? text(value, maxLength) : null;
    }

    public String key(String value) {
        if (value != null && !KEY.matcher(value).matches()) {
            problem("'" + abbreviate(value) + "' is not a valid key (letters, digits and - _ . :, at most 120 characters)");
            return null;
        }
        return value;
    }

    /** An ISO 15924 script code such as Latn or Cyrl. */
    public String script(String value) {
        if (value != null && !value.matches("^[A-Z][a-z]{3}$")) {
            problem("'" + abbreviate(value) + "' is not an ISO 15924 script code such as Latn or Cyrl");
            return null;
        }
        return value;
    }

    /** A two-letter language code such as en, ru or kk. */
    public String languageCode(String value) {
        if (value != null && !value.matches("^[a-z]{2}$")) {
            problem("'" + abbreviate(value) + "' is not a two-letter language code such as en, ru or kk");
            return null;
        }
        return value;
    }

    public String oneOf(String value, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problem("'" + abbreviate(value) + "' is not one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    public LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        if (!ISO_DATE.matcher(value).matches()) {
            problem("'" + abbreviate(value) + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(value + " is not a valid date");
            return null;
        }
    }

    /**
     * A date and its precision, given as sibling properties; this checker is the date's parent and
     * {@code dateProperty}/{@code precisionProperty} name them.
     */
    public DateWithPrecision dateWithPrecision(String dateProperty, String date, String precisionProperty, String precision,
                                               boolean required) {
        Checker dateChecker = at(dateProperty);
        if (date == null) {
            if (required) {
                dateChecker.problem("is required");
            }
            if (precision != null) {
                at(precisionProperty).problem("is given without " + dateProperty);
            }
            return null;
        }
        LocalDate parsed = dateChecker.date(date);
        DatePrecision p = DatePrecision.DAY;
        if (precision != null) {
            try {
                p = DatePrecision.fromCode(precision);
            } catch (IllegalArgumentException e) {
                at(precisionProperty).problem(e.getMessage());
                return null;
            }
        }
        if (parsed == null) {
            return null;
        }
        try {
            return new DateWithPrecision(parsed, p);
        } catch (IllegalArgumentException e) {
            dateChecker.problem(e.getMessage());
            return null;
        }
    }

    public Period duration(String value) {
        if (value == null) {
            return null;
        }
        if (!DURATION.matcher(value).matches() || value.equals("P")) {
            problem("'" + abbreviate(value) + "' is not an ISO-8601 duration such as P5Y, P1Y6M or P15D");
            return null;
        }
        return Period.parse(value);
    }

    public BigDecimal amount(String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                problem("must not be negative");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problem("'" + abbreviate(value) + "' is not a decimal number");
            return null;
        }
    }

    /** Localized text: the original language must be one of en/ru/kk and present; every text within limits. */
    public LocalizedText localized(LocalizedText value, int maxLength, boolean required) {
        if (value == null) {
            if (required) {
                problem("is required");
            }
            return null;
        }
        boolean ok = true;
        if (value.original() == null) {
            at("original").problem("is required (the language the text was written in: en, ru or kk)");
            ok = false;
        } else if (!LocalizedText.LANGUAGES.contains(value.original())) {
            at("original").problem("'" + abbreviate(value.original()) + "' is not one of en, ru, kk");
            ok = false;
        } else if (value.originalText() == null || value.originalText().isBlank()) {
            at(value.original()).problem("is required: it is the original language");
            ok = false;
        }
        for (var e : value.texts().entrySet()) {
            if (!LocalizedText.LANGUAGES.contains(e.getKey())) {
                at(e.getKey()).problem("is not a supported language (en, ru, kk)");
                ok = false;
            } else if (e.getValue().length() > maxLength) {
                at(e.getKey()).text(e.getValue(), maxLength);
                ok = false;
            }
        }
        return ok ? value : null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
