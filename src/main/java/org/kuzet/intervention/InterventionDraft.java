package org.kuzet.intervention;

import java.util.List;
import org.kuzet.organization.ContactDocument;

/**
 * An intervention as a monitor enters it: the intervention, and its addressees in order, each a contact already in
 * the record or one to record with the intervention (the UN Working Group on Arbitrary Detention, named in words or
 * picked as an organisation).
 *
 * @param intervention the intervention; its own list of addressees is replaced by {@code addressees}
 * @param addressees   to whom it was sent, in order
 */
public record InterventionDraft(InterventionDocument intervention, List<Addressee> addressees) {

    public InterventionDraft {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }

    /**
     * One addressee: a contact in the record ({@code contact}, its key) or a new one ({@code newContact}), never
     * both.
     */
    public record Addressee(String contact, ContactDocument newContact) {

        public static Addressee existing(String contactKey) {
            return new Addressee(contactKey, null);
        }

        public static Addressee recorded(ContactDocument newContact) {
            return new Addressee(null, newContact);
        }
    }
}
