package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label of the pages exists in English and Russian; Kazakh labels, where written, translate English ones. */
class MessagesTest {

    private static Properties messages(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndRussianHaveTheSameLabels() throws IOException {
        assertThat(new TreeSet<>(messages("_ru").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(messages("").stringPropertyNames()));
    }

    @Test
    void kazakhLabelsTranslateExistingEnglishOnes() throws IOException {
        assertThat(messages("").stringPropertyNames()).containsAll(messages("_kk").stringPropertyNames());
    }

    @Test
    void everyLabelATemplateAsksForIsWritten() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("\\bpage\\.t\\(\"([a-zA-Z.\\-]+)\"\\s*[,)]");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher m = call.matcher(Files.readString(template));
                while (m.find()) {
                    // keys built at run time ("count." + name) end with a dot and are checked by the page tests
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(messages("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void templatesCarryNoInlineStyleOrScript() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                String text = Files.readString(template);
                assertThat(text).as(template.toString())
                        .doesNotContain("style=", "<style", " onclick=", " onload=", "javascript:", "$unsafe")
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
            }
        }
    }
}
