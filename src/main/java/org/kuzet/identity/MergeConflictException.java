package org.kuzet.identity;

import java.util.List;

/** A merge that cannot be undone (or done) because records changed in between; nothing was changed. */
class MergeConflictException extends RuntimeException {

    private final List<String> changed;

    MergeConflictException(String message, List<String> changed) {
        super(message);
        this.changed = List.copyOf(changed);
    }

    List<String> changed() {
        return changed;
    }
}
