package org.kuzet.shared;

import java.util.List;

/** A record cannot be deleted while live records refer to it; nothing was changed. */
public class StillReferencedException extends RuntimeException {

    private final transient List<String> referencedBy;

    public StillReferencedException(String kind, String key, List<String> referencedBy) {
        super(kind + " '" + key + "' is still referred to by " + String.join(", ", referencedBy)
                + "; remove those references first");
        this.referencedBy = List.copyOf(referencedBy);
    }

    public List<String> referencedBy() {
        return referencedBy;
    }
}
