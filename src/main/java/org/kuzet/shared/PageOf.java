package org.kuzet.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of a list, as every list endpoint answers it. Pages count from 0.
 *
 * <p>{@code total} is exact up to {@link #EXACT_UP_TO} matches. Beyond, a list says only that there are more
 * ({@code totalExact} false, {@code total} = {@code EXACT_UP_TO}): counting every match would read every match on every
 * page — a million incidents — under row-level security, where no estimate may be used (the planner's estimates count
 * the records a reader may not see). The numbers a user cites come from the statistics, which always count exactly.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageOf<T>(List<T> items, long total, boolean totalExact, int page, int size) {

    /** Lists count their matches exactly up to this many. */
    public static final int EXACT_UP_TO = 10_000;

    /** A page of a list whose total is exact. */
    public PageOf(List<T> items, long total, int page, int size) {
        this(items, total, true, page, size);
    }

    /**
     * A page whose matches were counted by {@link #boundedCount}: exact when there are at most {@link #EXACT_UP_TO},
     * else "more than {@code EXACT_UP_TO}".
     */
    public static <T> PageOf<T> counted(List<T> items, long counted, int page, int size) {
        return counted > EXACT_UP_TO ? new PageOf<>(items, EXACT_UP_TO, false, page, size) : new PageOf<>(items, counted, page, size);
    }

    /**
     * The SQL that counts the rows of {@code from} (" from … where …") up to one more than {@link #EXACT_UP_TO}: it
     * stops reading there, so its cost does not grow with the record.
     */
    public static String boundedCount(String from) {
        return "select count(*) from (select 1" + from + " limit " + (EXACT_UP_TO + 1) + ") counted";
    }

    /** Whether a page follows this one (beyond the exact count: whether this one is full). */
    @JsonIgnore
    public boolean hasNext() {
        return totalExact ? (long) (page + 1) * size < total : items.size() >= size;
    }
}
