package org.kuzet.intervention;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.organization.ContactDocument;
import org.kuzet.organization.Contacts;
import org.kuzet.organization.Organizations;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.NewRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and editing an intervention as a monitor enters it: with the addressees it names that are not in the
 * record yet ({@link InterventionDraft}). A new addressee becomes a contact of its own, as confidential as the
 * intervention, and named after the organisation picked for it when no name is written. Everything is checked
 * first, each problem under its path ({@code $.addressees[1].name}); only when nothing has a problem is anything
 * written, in one transaction.
 */
@Service
public class InterventionEntry {

    private final Interventions interventions;
    private final Contacts contacts;
    private final Organizations organizations;

    InterventionEntry(Interventions interventions, Contacts contacts, Organizations organizations) {
        this.interventions = interventions;
        this.contacts = contacts;
        this.organizations = organizations;
    }

    /**
     * Records the intervention and its new addressees, all or nothing; answers the intervention's key. {@code check}
     * may already hold problems of the caller's own (a form's fields that did not parse): then nothing is written.
     *
     * @throws org.kuzet.shared.InvalidInputException with every problem found, each under its path
     */
    @Transactional
    public String record(InterventionDraft draft, Checker check, Long userId) {
        NewRecords records = new NewRecords(interventions.references());
        return records.create(interventions, addressed(draft, records, check), check, userId);
    }

    /**
     * Replaces the stored intervention {@code key} with the draft's, which names the version it replaces, and records
     * its new addressees; all or nothing.
     *
     * @throws org.kuzet.shared.InvalidInputException with every problem found, each under its path
     * @throws org.kuzet.shared.StaleVersionException when someone saved the intervention since that version
     * @throws org.kuzet.shared.HiddenPartsException when the intervention has parts the writer may not see
     */
    @Transactional
    public void edit(String key, InterventionDraft draft, Checker check, Long userId) {
        NewRecords records = new NewRecords(interventions.references());
        records.update(interventions, key, addressed(draft, records, check), check, userId);
    }

    /** The draft's intervention sent to its addressees, the new ones added to {@code records} under their row. */
    private InterventionDocument addressed(InterventionDraft draft, NewRecords records, Checker check) {
        InterventionDocument intervention = draft.intervention();
        if (intervention == null) {
            return null; // the check says that it is required
        }
        String confidentiality = intervention.confidentiality() == null ? Confidentiality.DEFAULT
                : intervention.confidentiality();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < draft.addressees().size(); i++) {
            InterventionDraft.Addressee addressee = draft.addressees().get(i);
            if (addressee.newContact() == null) {
                keys.add(addressee.contact());
            } else {
                keys.add(records.add(contacts, named(addressee.newContact(), confidentiality),
                        check.at("addressees").at(i)));
            }
        }
        return intervention.withAddressees(keys);
    }

    /** The new contact with the intervention's confidentiality, named after its organisation when it has no name. */
    private ContactDocument named(ContactDocument contact, String confidentiality) {
        String name = contact.name();
        if ((name == null || name.isBlank()) && contact.organization() != null) {
            name = organizations.namesOf(List.of(contact.organization())).get(contact.organization());
        }
        return new ContactDocument(null, null, contact.key(), contact.organization(), name, contact.position(),
                contact.address(), contact.email(), contact.phone(), contact.url(), confidentiality, contact.sources(),
                null, null);
    }
}
