package org.kuzet.incident;

import java.util.List;
import org.kuzet.shared.PageOf;

/** A page of an incident list with its facets and the years of its incidents. */
public record IncidentBrowse(PageOf<IncidentSummary> incidents, List<FacetCounts> facets, FacetCounts years) {
}
