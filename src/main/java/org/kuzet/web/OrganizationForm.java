package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.shared.Checker;

/**
 * An organisation as its form sends it: the name, its other names and abbreviations in every script as repeatable
 * rows, the kind, the organisation it is part of (picked), the place, a description, and the history of its legal
 * status as rows (registered, refused registration, banned as extremist… on a date written as precisely as it is
 * known, by a court or body). Everything typed comes back unchanged when the form has problems; rows left empty are
 * dropped.
 *
 * @param language the language the form shows and edits the description and the statuses' notes in (the page's);
 *                 their other translations are kept
 */
public record OrganizationForm(String language, String name, List<NameRow> names, String kind, String parent,
                               String place, String description, List<StatusRow> statuses, String confidentiality) {

    /** Where the form shows the problems of the organisation's check, by their paths. */
    static final FormFields FIELDS = FormFields.of().rows("names").rows("statuses");

    /**
     * A change of legal status, decided by an organisation in the record ({@code decidedBy}, picked) or named in
     * words; {@code origin} names the stored status the row shows ({@link #originOf}), whose note's other
     * translations and citations a save keeps.
     */
    public record StatusRow(String status, String date, Boolean dateApproximate, String decidedBy, String decidedByText,
                            String note, String origin) {

        boolean isEmpty() {
            return blank(status) == null && blank(date) == null && blank(decidedBy) == null
                    && blank(decidedByText) == null && blank(note) == null;
        }
    }

    public OrganizationForm {
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        names = FormRows.filled(names, NameRow::isEmpty);
        statuses = FormRows.filled(statuses, StatusRow::isEmpty);
        confidentiality = blank(confidentiality) == null ? "internal" : confidentiality;
    }

    static OrganizationForm empty(String language) {
        return new OrganizationForm(language, null, null, null, null, null, null, null, null);
    }

    /** The form filled from a stored organisation, its texts in {@code language}. */
    static OrganizationForm of(OrganizationDocument doc, String language) {
        List<StatusRow> statuses = (doc.statuses() == null ? List.<OrganizationDocument.Status>of() : doc.statuses())
                .stream().map(s -> new StatusRow(s.status(), FormDates.shown(s.date(), s.datePrecision()),
                        "approximate".equals(s.datePrecision()), s.decidedBy(), s.decidedByText(),
                        FormTexts.in(s.note(), language), originOf(s))).toList();
        return new OrganizationForm(language, doc.name(), doc.names() == null ? List.of() : doc.names().stream()
                .map(n -> new NameRow(n.name(), n.script(), n.lang(), n.kind())).toList(), doc.kind(), doc.parent(),
                doc.place(), FormTexts.in(doc.description(), language), statuses, doc.confidentiality());
    }

    /**
     * The organisation this form describes; for an edit, {@code stored} gives the key, the texts' other
     * translations and the citations, which the form does not show and a save keeps, and {@code version} the
     * version the form was read at. Problems of the form's own fields (a date that is not one) go to {@code check}.
     */
    OrganizationDocument toDocument(OrganizationDocument stored, Integer version, Checker check) {
        List<OrganizationDocument.Status> kept = new ArrayList<>(stored == null || stored.statuses() == null ? List.of()
                : stored.statuses());
        List<OrganizationDocument.Status> history = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            StatusRow s = statuses.get(i);
            String[] date = FormDates.parse(s.date(), s.dateApproximate(), check.at("statuses").at(i).at("date"));
            OrganizationDocument.Status was = FormRows.taken(kept, OrganizationForm::originOf, blank(s.origin()));
            history.add(new OrganizationDocument.Status(blank(s.status()), date[0], date[1], blank(s.decidedBy()),
                    blank(s.decidedByText()), FormTexts.replaced(was == null ? null : was.note(), language, s.note()),
                    was == null ? null : was.sources()));
        }
        return new OrganizationDocument(null, version, stored == null ? null : stored.key(), blank(name), blank(kind),
                blank(parent), names.stream().map(n -> new OrganizationDocument.Name(blank(n.name()), blank(n.script()),
                        blank(n.lang()), blank(n.kind()))).toList(), blank(place),
                FormTexts.replaced(stored == null ? null : stored.description(), language, description), history,
                confidentiality, stored == null ? null : stored.sources(), null, null);
    }

    /**
     * What identifies a stored status to the row that shows it, by its content rather than its position (see
     * {@link FormRows#taken}): the status and its date.
     */
    static String originOf(OrganizationDocument.Status s) {
        return String.join("|", Objects.toString(s.status(), ""), Objects.toString(s.date(), ""));
    }

    /** The names the organisation is written with, for the warning that it may already be in the record. */
    List<String> allNames() {
        List<String> all = new ArrayList<>();
        if (blank(name) != null) {
            all.add(name.strip());
        }
        names.stream().map(n -> blank(n.name())).filter(Objects::nonNull).forEach(all::add);
        return all.stream().distinct().toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
