package org.kuzet.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kuzet.intervention.InterventionDocument;
import org.kuzet.intervention.InterventionDraft;
import org.kuzet.organization.ContactDocument;
import org.kuzet.shared.Checker;
import org.kuzet.source.Citation;

/**
 * An intervention as its form sends it: the kind, the date as precisely as it is known, the sender (an organisation
 * picked, or named in words), the title and summary, the addressees as repeatable rows (each an addressee already in
 * the record, or a new one: an organisation picked and/or a name in words, with a position), the persons and
 * incidents concerned and the sources (picked), the response with its date, the outcome and the confidentiality.
 * Everything typed comes back unchanged when the form has problems; rows left empty are dropped.
 *
 * @param language the language the form shows and edits the title, summary and response in (the page's); their other
 *                 translations are kept
 */
public record InterventionForm(String language, String kind, String date, Boolean dateApproximate, String sender,
                               String senderText, String title, String summary, List<AddresseeRow> addressees,
                               List<String> persons, List<String> incidents, String response, String responseDate,
                               Boolean responseDateApproximate, String outcome, List<String> sources,
                               String confidentiality) {

    /** Where the form shows the problems of the intervention's check, by their paths. */
    static final FormFields FIELDS = FormFields.of().rows("addressees").field("datePrecision", "date")
            .field("responseDatePrecision", "responseDate");

    /**
     * One addressee: a contact in the record ({@code contact}, picked), or a new one described by the organisation it
     * belongs to (picked), a name in words, a position and how to reach it (address, e-mail, phone, web address).
     */
    public record AddresseeRow(String contact, String organization, String name, String position, String address,
                               String email, String phone, String url) {

        /** A picked contact. */
        static AddresseeRow picked(String contact) {
            return new AddresseeRow(contact, null, null, null, null, null, null, null);
        }

        boolean isEmpty() {
            return blank(contact) == null && !isNew();
        }

        /** Something describes a new addressee. */
        boolean isNew() {
            return blank(organization) != null || blank(name) != null || blank(position) != null
                    || blank(address) != null || blank(email) != null || blank(phone) != null || blank(url) != null;
        }
    }

    public InterventionForm {
        language = language == null || !Languages.CODES.contains(language) ? "en" : language;
        addressees = FormRows.filled(addressees, AddresseeRow::isEmpty);
        persons = keys(persons);
        incidents = keys(incidents);
        sources = keys(sources);
        kind = blank(kind) == null ? "appeal" : kind;
        outcome = blank(outcome) == null ? "pending" : outcome;
        confidentiality = blank(confidentiality) == null ? "internal" : confidentiality;
    }

    static InterventionForm empty(String language) {
        return concerning(List.of(), List.of(), language);
    }

    /** A new intervention about these persons and incidents (from a person's or an incident's page). */
    static InterventionForm concerning(List<String> persons, List<String> incidents, String language) {
        return new InterventionForm(language, null, null, false, null, null, null, null, null, persons, incidents, null,
                null, false, null, null, null);
    }

    /** The form filled from a stored intervention, its texts in {@code language}. */
    static InterventionForm of(InterventionDocument doc, String language) {
        return new InterventionForm(language, doc.kind(), FormDates.shown(doc.date(), doc.datePrecision()),
                "approximate".equals(doc.datePrecision()), doc.sender(), doc.senderText(),
                FormTexts.in(doc.title(), language), FormTexts.in(doc.summary(), language),
                list(doc.addressees()).stream().map(AddresseeRow::picked).toList(),
                list(doc.persons()), list(doc.incidents()), FormTexts.in(doc.response(), language),
                FormDates.shown(doc.responseDate(), doc.responseDatePrecision()),
                "approximate".equals(doc.responseDatePrecision()), doc.outcome(),
                list(doc.sources()).stream().map(Citation::source).toList(), doc.confidentiality());
    }

    /**
     * The intervention this form describes with its new addressees; for an edit, {@code stored} gives the key, the
     * texts' other translations and the citations' locators and claims, which the form does not show and a save
     * keeps, and {@code version} the version the form was read at. Problems of the form's own fields (a date that is
     * not one, an addressee both picked and described) go to {@code check}.
     */
    InterventionDraft toDraft(InterventionDocument stored, Integer version, Checker check) {
        String[] when = FormDates.parse(date, dateApproximate, check.at("date"));
        String[] answered = FormDates.parse(responseDate, responseDateApproximate, check.at("responseDate"));
        List<InterventionDraft.Addressee> sentTo = new ArrayList<>();
        for (int i = 0; i < addressees.size(); i++) {
            AddresseeRow row = addressees.get(i);
            if (blank(row.contact()) != null) {
                if (row.isNew()) {
                    check.at("addressees").at(i).at("name")
                            .problem("pick an addressee in the record or describe a new one, not both");
                }
                sentTo.add(InterventionDraft.Addressee.existing(row.contact().strip()));
            } else {
                sentTo.add(InterventionDraft.Addressee.recorded(new ContactDocument(null, null, null,
                        blank(row.organization()), blank(row.name()), blank(row.position()), blank(row.address()),
                        blank(row.email()), blank(row.phone()), blank(row.url()), null, null, null, null)));
            }
        }
        Map<String, Citation> cited = new HashMap<>();
        list(stored == null ? null : stored.sources()).forEach(c -> cited.putIfAbsent(c.source(), c));
        List<Citation> citations = sources.stream().map(s -> cited.getOrDefault(s, new Citation(s, null, null))).toList();
        InterventionDocument doc = new InterventionDocument(null, version, stored == null ? null : stored.key(),
                blank(kind), when[0], when[1], blank(sender), blank(senderText),
                FormTexts.replaced(stored == null ? null : stored.title(), language, title),
                FormTexts.replaced(stored == null ? null : stored.summary(), language, summary), null, persons,
                incidents, FormTexts.replaced(stored == null ? null : stored.response(), language, response),
                answered[0], answered[1], blank(outcome), blank(confidentiality), citations, null, null);
        return new InterventionDraft(doc, sentTo);
    }

    /** The organisations and contacts the form names by key, for showing their names. */
    List<String> organizationKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(sender);
        addressees.forEach(a -> keys.add(a.organization()));
        return keys.stream().map(InterventionForm::blank).filter(Objects::nonNull).distinct().toList();
    }

    List<String> contactKeys() {
        return addressees.stream().map(a -> blank(a.contact())).filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> keys(List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(InterventionForm::blank).filter(Objects::nonNull)
                .distinct().toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
