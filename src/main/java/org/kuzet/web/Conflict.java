package org.kuzet.web;

import java.util.Objects;

/**
 * One field of an incident on the edit-conflict page: what the user submitted and what is stored now (saved by
 * someone else meanwhile), as text.
 */
public record Conflict(String field, String mine, String theirs) {

    public boolean differs() {
        return !Objects.equals(mine, theirs);
    }
}
