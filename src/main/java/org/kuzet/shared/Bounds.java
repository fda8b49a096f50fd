package org.kuzet.shared;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * The ceiling on every record's shape, whatever its kind: at most {@link #MAX_ITEMS} entries in any list. The whole
 * document is walked before the store checks it, so that no record kind can be made to hold a server for minutes (a
 * person with 100,000 name variants did) or write an audit entry listing 200,000 changes because one of its lists
 * lacked a limit. Texts are bounded by each store's limit per field, and every request by its size (2 MB).
 */
public final class Bounds {

    /** Entries of one list of a record: names, memberships, victims, stages, citations… */
    public static final int MAX_ITEMS = 1000;

    private Bounds() {
    }

    /** Whether {@code document} (a record, with records and lists within it) is within bounds; problems at their paths. */
    public static boolean within(Checker at, Object document) {
        if (fits(document, 0)) {
            return true; // the usual case, found without naming a path at every step
        }
        int before = at.problems().size();
        walk(at, document, 0);
        return at.problems().size() == before;
    }

    /** A record's components, read once per class: asking the class makes a new array each time. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** What {@link #walk} finds, without its problems: whether every list and map within {@code value} is in bounds. */
    private static boolean fits(Object value, int depth) {
        if (value == null || depth > 20 || value instanceof CharSequence) {
            return true;
        }
        if (value instanceof Collection<?> items) {
            if (items.size() > MAX_ITEMS) {
                return false;
            }
            for (Object item : items) {
                if (!fits(item, depth + 1)) {
                    return false;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() > MAX_ITEMS) {
                return false;
            }
            for (Object item : map.values()) {
                if (!fits(item, depth + 1)) {
                    return false;
                }
            }
        } else if (value instanceof LocalizedText text) {
            return fits(text.texts(), depth + 1);
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                if (!fits(component(record, component), depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a " + record.getClass().getSimpleName(), e);
        }
    }

    /** Whether one list is within bounds: a problem at {@code at} when it is not. */
    public static boolean within(Checker at, Collection<?> items) {
        if (items != null && items.size() > MAX_ITEMS) {
            at.problem("has " + items.size() + " entries, at most " + MAX_ITEMS + " allowed");
            return false;
        }
        return true;
    }

    private static void walk(Checker at, Object value, int depth) {
        if (value == null || depth > 20) {
            return;
        }
        if (value instanceof CharSequence) {
            return;
        }
        if (value instanceof Collection<?> items) {
            if (within(at, items)) {
                int i = 0;
                for (Object item : items) {
                    walk(at.at(i++), item, depth + 1);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.size() > MAX_ITEMS) {
                at.problem("has " + map.size() + " entries, at most " + MAX_ITEMS + " allowed");
                return;
            }
            map.forEach((k, v) -> walk(at.at(String.valueOf(k)), v, depth + 1));
        } else if (value instanceof LocalizedText text) {
            walk(at, text.texts(), depth + 1); // its translations are its properties: title.en, title.kk
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                walk(at.at(component.getName()), component(record, component), depth + 1);
            }
        }
    }
}
