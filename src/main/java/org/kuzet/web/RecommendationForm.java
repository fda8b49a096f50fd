package org.kuzet.web;

/** What was typed into the new recommendation form, kept when it is refused. */
public record RecommendationForm(String right, String addressee, String language, String text, String confidentiality) {
}
