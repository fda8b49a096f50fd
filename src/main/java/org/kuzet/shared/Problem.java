package org.kuzet.shared;

/** One thing wrong with input: where (a JSON path such as {@code $.incidents[3].date}) and what. */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
