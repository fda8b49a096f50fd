package org.kuzet.api;

import java.security.Principal;
import org.kuzet.security.Users;
import org.kuzet.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Small things every API controller needs: the acting user's id and checked paging. */
@Component
public class Requests {

    public static final int MAX_PAGE_SIZE = 500;

    private final Users users;

    Requests(Users users) {
        this.users = users;
    }

    public Long userId(Principal principal) {
        return principal == null ? null : users.find(principal.getName()).map(u -> u.id()).orElse(null);
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
