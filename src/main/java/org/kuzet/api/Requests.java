package org.kuzet.api;

import org.kuzet.shared.Actor;
import org.kuzet.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Small things every API controller needs: the acting user's id and checked paging. */
@Component
public class Requests {

    public static final int MAX_PAGE_SIZE = 500;

    /**
     * The id of the user the request acts for, which the security filters resolved once for the whole request
     * ({@link Actor}); null for anonymous visitors.
     */
    public Long userId() {
        return Actor.current().userId();
    }

    public static void checkPaging(int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
