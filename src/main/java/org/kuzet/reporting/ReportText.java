package org.kuzet.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words a report writes itself, besides the template's headings and texts: in English or Russian, the two
 * languages reports are written in.
 */
record ReportText(String language, Locale locale) {

    private static final ReportText EN = new ReportText("en", Locale.ENGLISH);
    private static final ReportText RU = new ReportText("ru", Locale.forLanguageTag("ru"));

    static ReportText of(String language) {
        return "ru".equals(language) ? RU : EN;
    }

    private String t(String en, String ru) {
        return "ru".equals(language) ? ru : en;
    }

    String sources() {
        return t("Sources", "Источники");
    }

    String period(LocalDate from, LocalDate to) {
        return t("Period: ", "Период: ") + day(from) + " – " + day(to);
    }

    String place(String name) {
        return t("Place: ", "Место: ") + name;
    }

    String publicEdition() {
        return t("Public edition", "Публичная версия");
    }

    String internalEdition() {
        return t("Internal edition: not for publication", "Внутренняя версия: не для публикации");
    }

    String keyConcerns() {
        return t("Key concerns: ", "Основные проблемы: ");
    }

    String victims() {
        return t("Affected: ", "Пострадавшие: ");
    }

    String noIncidents() {
        return t("The record holds no incidents of this kind in the period.", "За этот период в базе нет таких инцидентов.");
    }

    String recommendations() {
        return t("Recommendations", "Рекомендации");
    }

    String authoritiesShould() {
        return t("The authorities of Kazakhstan should:", "Властям Казахстана следует:");
    }

    String addressedTo(String body) {
        return t("To ", "Адресат: ") + body + ":";
    }

    String noPrisoners(LocalDate on) {
        return t("The record holds no political prisoners as of " + day(on) + ".",
                "По данным базы на " + day(on) + " политических заключённых нет.");
    }

    String prisonersAsOf(LocalDate on) {
        return t("As of " + day(on) + ", the record holds these persons imprisoned or deprived of liberty on politically "
                        + "motivated grounds:",
                "По состоянию на " + day(on) + " в базе отмечены следующие лица, лишённые свободы по политически мотивированным основаниям:");
    }

    String since() {
        return t("since ", "с ");
    }

    String articles() {
        return t("charged under ", "статьи: ");
    }

    String sentence() {
        return t("sentence: ", "приговор: ");
    }

    String expectedRelease() {
        return t("expected release: ", "ожидаемое освобождение: ");
    }

    String coverage(String freedoms) {
        return t("This paper covers " + freedoms + ".", "Документ охватывает следующие темы: " + freedoms + ".");
    }

    String withheldNote() {
        return t("Names of persons who did not consent to publication are withheld.",
                "Имена лиц, не давших согласия на публикацию, не раскрываются.");
    }

    String total() {
        return t("Total", "Всего");
    }

    String incidentsInPeriod(String number) {
        return t("For this period, the record holds " + number + " incidents.", "За этот период в базе зафиксировано инцидентов: " + number + ".");
    }

    String statisticTitle(String name) {
        return switch (name) {
            case "incidents_by_right" -> t("Incidents by freedom concerned", "Инциденты по затронутым свободам");
            case "incidents_by_type" -> t("Incidents by type", "Инциденты по видам");
            case "incidents_by_region" -> t("Incidents by region", "Инциденты по регионам");
            case "incidents_by_month" -> t("Incidents by month", "Инциденты по месяцам");
            case "incidents_by_quarter" -> t("Incidents by quarter", "Инциденты по кварталам");
            case "persons_by_article" -> t("Persons prosecuted, by article", "Лица, подвергшиеся преследованию, по статьям");
            case "cases_by_article" -> t("Legal cases by article", "Дела по статьям");
            default -> name;
        };
    }

    String grouping(String by) {
        return switch (by) {
            case "right" -> t("Freedom", "Свобода");
            case "type" -> t("Type", "Вид");
            case "region" -> t("Region", "Регион");
            case "month" -> t("Month", "Месяц");
            case "quarter" -> t("Quarter", "Квартал");
            case "article" -> t("Article", "Статья");
            default -> by;
        };
    }

    String measure(String unit, String measure) {
        return switch (measure) {
            case "charged" -> t("Charged", "Обвинены");
            case "convicted" -> t("Convicted", "Осуждены");
            case "arrested" -> t("Arrested", "Задержаны");
            case "pre_trial_detention" -> t("In pre-trial detention", "Под стражей до суда");
            default -> switch (unit) {
                case "persons" -> t("Persons", "Лица");
                case "cases" -> t("Cases", "Дела");
                default -> t("Incidents", "Инциденты");
            };
        };
    }

    String legalStatus(String code) {
        return switch (code) {
            case "serving_imprisonment" -> t("Imprisoned", "В заключении");
            case "pre_trial_detention" -> t("In pre-trial detention", "Под стражей до суда");
            case "house_arrest" -> t("Under house arrest", "Под домашним арестом");
            case "psychiatric_placement" -> t("Forcibly placed in a psychiatric institution", "Принудительно помещён(а) в психиатрическое учреждение");
            case "serving_restriction_of_freedom" -> t("Serving a sentence of restricted freedom", "Отбывает ограничение свободы");
            case "serving_administrative_detention" -> t("In administrative detention", "Под административным арестом");
            case "detained" -> t("Detained", "Задержан(а)");
            default -> code;
        };
    }

    String reportedByOthers() {
        return t("Reported by others", "По данным других организаций");
    }

    String reportedByOthersNote() {
        return t("Figures other organisations published for the period, as they published them. They are their counts, "
                        + "not the record's, and are not added into the numbers above.",
                "Числа, опубликованные другими организациями за этот период, в их формулировке. Это их подсчёты, а не "
                        + "данные базы, и в числа выше они не входят.");
    }

    /** How many a reported figure says: "more than 300", "between 40 and 60". */
    String figureCount(String qualifier, long value, Long upTo) {
        return switch (qualifier) {
            case "at_least" -> t("at least ", "не менее ") + value;
            case "more_than" -> t("more than ", "более ") + value;
            case "about" -> t("about ", "около ") + value;
            case "up_to" -> t("up to ", "до ") + value;
            case "between" -> t("between " + value + " and " + upTo, "от " + value + " до " + upTo);
            default -> Long.toString(value);
        };
    }

    /** A quarter of a year: "Q1 2020". */
    String quarter(int quarter, int year) {
        return t("Q" + quarter + " " + year, quarter + "-й квартал " + year);
    }

    String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    String month(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    /** A record's date as precise as it is known: "22 February 2020", "February 2020", "2020". */
    String date(String isoDate, String precision) {
        LocalDate date = LocalDate.parse(isoDate);
        return switch (precision == null ? "day" : precision) {
            case "month" -> month(date);
            case "year" -> Integer.toString(date.getYear());
            case "approximate" -> t("around ", "около ") + day(date);
            default -> day(date);
        };
    }
}
