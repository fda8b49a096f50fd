package org.kuzet.web;

import java.util.List;

/** What is wrong with a term an administrator saved: its code ({@code null} for the new-term form) and the problems. */
public record TermProblems(String code, List<String> problems) {

    public boolean concern(String termCode) {
        return code != null && code.equals(termCode);
    }
}
