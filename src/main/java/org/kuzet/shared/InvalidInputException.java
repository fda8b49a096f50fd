package org.kuzet.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted; carries every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String path, String message) {
        return new InvalidInputException(List.of(new Problem(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
