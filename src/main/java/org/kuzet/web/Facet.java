package org.kuzet.web;

import java.util.List;

/**
 * One facet of the incident list: its values with how many incidents each would leave, counted under every other
 * active filter and within the reader's clearance.
 */
public record Facet(String parameter, List<Value> values) {

    public record Value(String value, String label, long count, boolean selected) {
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
