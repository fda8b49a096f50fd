package org.kuzet.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a report template says, as administrators edit it: the title, and the sections in order, each of a kind
 * with its heading and boilerplate text per language and its parameters. Texts are maps from language code
 * ({@code en}, {@code ru}) to text.
 *
 * <p>Section kinds: {@code summary} (the text, then what the report covers); {@code freedom} (one freedom: its key
 * concerns and the incidents that show them; parameters {@code rights}, {@code layout} = {@code cases} as bullet
 * points or {@code incidents} each under its own heading, and {@code recommendations} to close the section with
 * the recommendations on those rights); {@code prisoners} (political prisoners as of the period's end);
 * {@code statistics} (tables of the {@code statistics} named, and a chart of the first); {@code recommendations}
 * (every recommendation on the freedoms of the report); {@code text} (the heading and text alone).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TemplateDefinition(Map<String, String> title, List<SectionSpec> sections) {

    public TemplateDefinition {
        title = title == null ? Map.of() : Map.copyOf(title);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SectionSpec(String kind, Map<String, String> heading, Map<String, String> text, List<String> rights,
                              String layout, Boolean recommendations, List<String> statistics) {

        public SectionSpec {
            heading = heading == null ? Map.of() : Map.copyOf(heading);
            text = text == null ? Map.of() : Map.copyOf(text);
            rights = rights == null ? List.of() : List.copyOf(rights);
            statistics = statistics == null ? List.of() : List.copyOf(statistics);
        }

        String heading(String language) {
            return in(heading, language);
        }

        String text(String language) {
            return in(text, language);
        }

        boolean closesWithRecommendations() {
            return Boolean.TRUE.equals(recommendations);
        }
    }

    String title(String language) {
        return in(title, language);
    }

    /** The text in {@code language}, else English: a template may be written in one language first. */
    static String in(Map<String, String> texts, String language) {
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault("en", "");
    }
}
