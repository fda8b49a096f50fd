package org.kuzet.vocabulary;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Region roll-up over the places in memory, for Java code that groups place codes it already has (facets). The
 * rule is the database's {@code kuzet_region_of(place_id)} (V16): a place rolls up to the nearest region or city of
 * republican significance it lies in; a place in no region (abroad, or known only as "Kazakhstan") to the top of
 * its chain, its country. {@code RulesIntegrationTest} checks that both agree on every place.
 */
public final class Regions {

    public static final List<String> REGION_KINDS = List.of("region", "city_of_republican_significance");
    private static final int MAX_DEPTH = 10;

    private final Map<String, Place> places;
    private final Set<String> containingRegions = new HashSet<>();

    private Regions(Map<String, Place> places) {
        this.places = places;
        for (Place p : places.values()) {
            if (REGION_KINDS.contains(p.kind())) {
                Place up = parent(p);
                for (int depth = 0; up != null && depth < MAX_DEPTH; depth++, up = parent(up)) {
                    containingRegions.add(up.code());
                }
            }
        }
    }

    public static Regions of(Collection<Place> places) {
        return new Regions(places.stream().collect(Collectors.toMap(Place::code, Function.identity())));
    }

    /** The code of the place {@code code} rolls up to; an unknown code stands for itself. */
    public String regionOf(String code) {
        Place place = places.get(code);
        if (place == null) {
            return code;
        }
        Place top = place;
        for (int depth = 0; place != null && depth <= MAX_DEPTH; depth++) {
            if (REGION_KINDS.contains(place.kind())) {
                return place.code();
            }
            top = place;
            place = parent(place);
        }
        return top.code();
    }

    /**
     * Whether every place within {@code code} (itself included) rolls up to it: then the number of records within it
     * (what a filter on it finds) is its number as a group. True of a region and of a country abroad without
     * regions; false of Kazakhstan, whose places mostly roll up to its regions.
     */
    public boolean isWholeGroup(String code) {
        return places.containsKey(code) && regionOf(code).equals(code) && !containingRegions.contains(code);
    }

    private Place parent(Place place) {
        return place.parent() == null ? null : places.get(place.parent());
    }
}
