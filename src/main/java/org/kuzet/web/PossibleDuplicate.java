package org.kuzet.web;

import java.util.List;
import org.kuzet.identity.DuplicatePair;

/**
 * A name as typed in a form (a new victim of the entry form, a new person or organisation) and the records already
 * recorded that it likely names.
 */
public record PossibleDuplicate(String name, List<DuplicatePair.Party> existing) {
}
