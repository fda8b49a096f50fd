package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kuzet.person.PersonDocument;
import org.kuzet.shared.Checker;
import org.kuzet.shared.LocalizedText;
import org.kuzet.source.Citation;

/**
 * A person as their form sends it: the name and its variants, what the person is, their memberships and the
 * political-prisoner assessments of them as repeatable rows, and the sensitive fields (contacts, address, date of
 * birth, consent notes) only for those who may see them. Dates are written as precisely as they are known
 * ("2020-02-22", "2020-02", "2020"). Everything typed comes back unchanged when the form has problems; rows left
 * empty are dropped.
 *
 * @param language the language the form shows and edits the description and the assessments' notes in (the
 *                 page's); their other translations are kept
 */
public record PersonForm(String language, String name, List<NameRow> names, String gender, String birthYear,
                         String place, List<String> roles, String description, List<String> vulnerabilities,
                         List<MembershipRow> memberships, List<AssessmentRow> assessments, String contacts,
                         String address, String dateOfBirth, String consentToPublish, String consentNotes,
                         String confidentiality) {

    /** Where the form shows the problems of the person's check, by their paths. */
    static final FormFields FIELDS = FormFields.of().rows("names").rows("memberships").rows("assessments")
            .field("sensitive.contacts", "contacts").field("sensitive.address", "address")
            .field("sensitive.dateOfBirth", "dateOfBirth").field("sensitive.consentToPublish", "consentToPublish")
            .field("sensitive.consentNotes", "consentNotes");

    /**
     * A membership in an organisation (picked by key); {@code origin} names the stored membership the row shows
     * ({@link #originOf(PersonDocument.Membership)}), whose citations a save keeps.
     */
    public record MembershipRow(String organization, String kind, Boolean alleged, String from, Boolean fromApproximate,
                                String until, Boolean untilApproximate, String origin) {

        boolean isEmpty() {
            return blank(organization) == null && blank(from) == null && blank(until) == null
                    && !Boolean.TRUE.equals(alleged);
        }
    }

    /**
     * A dated assessment of the person, by an organisation in the record ({@code assessedBy}, picked) or named in
     * words ({@code assessedByText}); {@code origin} names the stored assessment the row shows
     * ({@link #originOf(PersonDocument.Assessment)}), whose note's other translations and citations a save keeps.
     */
    public record AssessmentRow(String date, Boolean dateApproximate, String assessedBy, String assessedByText,
                                String conclusion, String criteria, String note, String origin) {

        boolean isEmpty() {
            return blank(date) == null && blank(assessedBy) == null && blank(assessedByText) == null
                    && blank(conclusion) == null && blank(criteria) == null && blank(note) == null;
        }
    }

    public PersonForm {
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        names = FormRows.filled(names, NameRow::isEmpty);
        memberships = FormRows.filled(memberships, MembershipRow::isEmpty);
        assessments = FormRows.filled(assessments, AssessmentRow::isEmpty);
        roles = codes(roles);
        vulnerabilities = codes(vulnerabilities);
        gender = blank(gender) == null ? "unknown" : gender;
        consentToPublish = blank(consentToPublish) == null ? "unknown" : consentToPublish;
        confidentiality = blank(confidentiality) == null ? "internal" : confidentiality;
    }

    static PersonForm empty(String language) {
        return new PersonForm(language, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /**
     * The form filled from a stored person, its texts in {@code language}. The sensitive fields are those the reader
     * was given: none for a reader who may not see them.
     */
    static PersonForm of(PersonDocument doc, String language) {
        List<MembershipRow> memberships = list(doc.memberships()).stream().map(m -> new MembershipRow(m.organization(),
                m.kind(), m.alleged(), FormDates.shown(m.from(), m.fromPrecision()), "approximate".equals(m.fromPrecision()),
                FormDates.shown(m.until(), m.untilPrecision()), "approximate".equals(m.untilPrecision()), originOf(m)))
                .toList();
        List<AssessmentRow> assessments = list(doc.assessments()).stream().map(a -> new AssessmentRow(
                FormDates.shown(a.date(), a.datePrecision()), "approximate".equals(a.datePrecision()), a.assessedBy(),
                a.assessedByText(), a.conclusion(), a.criteria(), FormTexts.in(a.note(), language), originOf(a)))
                .toList();
        PersonDocument.Sensitive s = doc.sensitive();
        return new PersonForm(language, doc.name(), list(doc.names()).stream()
                .map(n -> new NameRow(n.name(), n.script(), n.lang(), n.kind())).toList(), doc.gender(),
                doc.birthYear() == null ? null : doc.birthYear().toString(), doc.place(), doc.roles(),
                FormTexts.in(doc.description(), language), doc.vulnerabilities(), memberships, assessments,
                s == null ? null : s.contacts(), s == null ? null : s.address(), s == null ? null : s.dateOfBirth(),
                s == null ? null : s.consentToPublish(), s == null ? null : s.consentNotes(), doc.confidentiality());
    }

    /**
     * The person this form describes; for an edit, {@code stored} gives the key, the description's and notes' other
     * translations and the citations, which the form does not show and a save keeps, and {@code version} the version
     * the form was read at. Problems of the form's own fields (a year, a date that is not one) go to {@code check}.
     * The sensitive fields are sent as typed: the person's store refuses them from a reader who may not set them,
     * and keeps the stored ones when none are sent.
     */
    PersonDocument toDocument(PersonDocument stored, Integer version, Checker check) {
        List<PersonDocument.Membership> keptMemberships = new ArrayList<>(stored == null ? List.of()
                : list(stored.memberships()));
        List<PersonDocument.Membership> memberships = new ArrayList<>();
        for (int i = 0; i < this.memberships.size(); i++) {
            MembershipRow m = this.memberships.get(i);
            Checker at = check.at("memberships").at(i);
            String[] from = FormDates.parse(m.from(), m.fromApproximate(), at.at("from"));
            String[] until = FormDates.parse(m.until(), m.untilApproximate(), at.at("until"));
            PersonDocument.Membership was = FormRows.taken(keptMemberships, PersonForm::originOf, blank(m.origin()));
            memberships.add(new PersonDocument.Membership(blank(m.organization()), blank(m.kind()),
                    Boolean.TRUE.equals(m.alleged()), from[0], from[1], until[0], until[1],
                    was == null ? null : was.sources()));
        }
        List<PersonDocument.Assessment> keptAssessments = new ArrayList<>(stored == null ? List.of()
                : list(stored.assessments()));
        List<PersonDocument.Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < this.assessments.size(); i++) {
            AssessmentRow a = this.assessments.get(i);
            String[] date = FormDates.parse(a.date(), a.dateApproximate(), check.at("assessments").at(i).at("date"));
            PersonDocument.Assessment was = FormRows.taken(keptAssessments, PersonForm::originOf, blank(a.origin()));
            assessments.add(new PersonDocument.Assessment(date[0], date[1], blank(a.assessedBy()),
                    blank(a.assessedByText()), blank(a.conclusion()), blank(a.criteria()),
                    FormTexts.replaced(was == null ? null : was.note(), language, a.note()),
                    was == null ? null : was.sources()));
        }
        List<Citation> sources = stored == null ? null : stored.sources();
        LocalizedText description = FormTexts.replaced(stored == null ? null : stored.description(), language,
                this.description);
        return new PersonDocument(null, version, stored == null ? null : stored.key(), blank(name),
                names.stream().map(n -> new PersonDocument.Name(blank(n.name()), blank(n.script()), blank(n.lang()),
                        blank(n.kind()))).toList(),
                gender, birthYear(check.at("birthYear")), roles, blank(place), description, vulnerabilities, memberships,
                assessments, new PersonDocument.Sensitive(blank(contacts), blank(address), blank(dateOfBirth),
                consentToPublish, blank(consentNotes)), confidentiality, sources, null, null);
    }

    /**
     * What identifies a stored membership to the row that shows it, by its content rather than its position (see
     * {@link FormRows#taken}): the organisation, the kind and since when.
     */
    static String originOf(PersonDocument.Membership m) {
        return String.join("|", Objects.toString(m.organization(), ""), Objects.toString(m.kind(), ""),
                Objects.toString(m.from(), ""));
    }

    /** What identifies a stored assessment to the row that shows it: who assessed the person, and when. */
    static String originOf(PersonDocument.Assessment a) {
        return String.join("|", Objects.toString(a.date(), ""), Objects.toString(a.assessedBy(), ""),
                Objects.toString(a.assessedByText(), ""));
    }

    /** The names the person is written with, for the warning that they may already be in the record. */
    List<String> allNames() {
        List<String> all = new ArrayList<>();
        if (blank(name) != null) {
            all.add(name.strip());
        }
        names.stream().map(n -> blank(n.name())).filter(Objects::nonNull).forEach(all::add);
        return all.stream().distinct().toList();
    }

    public boolean has(List<String> values, String value) {
        return values.contains(value);
    }

    private Integer birthYear(Checker at) {
        String year = blank(birthYear);
        if (year == null) {
            return null;
        }
        if (!year.matches("\\d{4}")) {
            at.problem("'" + year + "' is not a year such as 1985");
            return null;
        }
        return Integer.valueOf(year);
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
