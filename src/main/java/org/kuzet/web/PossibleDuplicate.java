package org.kuzet.web;

import java.util.List;
import org.kuzet.identity.DuplicatePair;

/** A new victim's name as typed in the entry form, and the persons already recorded that it likely names. */
public record PossibleDuplicate(String name, List<DuplicatePair.Party> existing) {
}
