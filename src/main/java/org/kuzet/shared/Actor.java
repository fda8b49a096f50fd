package org.kuzet.shared;

import java.util.function.Supplier;

/**
 * Who is acting on the record in this thread: a signed-in user, an anonymous visitor, or the operator at the
 * command line. The database connection takes its clearance and user id from here (row-level security), and
 * history and audit take their author from here.
 *
 * <p>Nobody set means an anonymous visitor: forgetting to say who acts can only show less.
 *
 * @param userId   the user's id, null for anonymous visitors and the command line
 * @param username the user's name, or {@code "(public)"} / {@code "(command line)"}
 * @param role     the role code ({@code admin}, {@code editor}, ...), null when not a user
 */
public record Actor(Long userId, String username, String role, Clearance clearance) {

    public static final Actor PUBLIC = new Actor(null, "(public)", null, Clearance.PUBLIC);

    /** The operator of the command line: whoever can run it holds the data folder and its keys anyway. */
    public static final Actor COMMAND_LINE = new Actor(null, "(command line)", null, Clearance.CONFIDENTIAL);

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? PUBLIC : actor;
    }

    public boolean isUser() {
        return userId != null;
    }

    /** Runs {@code work} as {@code actor}, then restores whoever acted before. */
    public static <T> T callAs(Actor actor, Supplier<T> work) {
        Actor before = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }

    /** Makes {@code actor} act in this thread until {@link #clear()} (for filters and the CLI's main thread). */
    public static void set(Actor actor) {
        CURRENT.set(actor);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(Actor before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }
}
