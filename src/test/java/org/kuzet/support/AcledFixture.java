package org.kuzet.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file of ACLED's Kazakhstan rows in src/test/resources/acled, written by hand in ACLED's layout (15 events of 2022:
 * protests with intervention, arrests, an attack, an abduction, a month-precise row, a village the place vocabulary
 * does not know, a peaceful protest, a battle and an "Other" development that are left out).
 */
public final class AcledFixture {

    /** A saved mapping that reads the unknown village, Shetpe, as its region, once for all. */
    public static final String MAPPING =
            "{\"kind\": \"acled\", \"values\": {\"location\": {\"Shetpe\": \"kz-mangystau-region\"}}}";

    private AcledFixture() {
    }

    /**
     * The file, written to {@code file}, with each event id made a run's own when {@code run} is given (KAZ1001 becomes
     * KAZ1001-{@code run}): tests that share one database import it each time as new events.
     */
    public static Path kazakhstan(Path file, String run) throws IOException {
        try (InputStream in = AcledFixture.class.getResourceAsStream("/acled/kazakhstan-2022.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(file, run == null ? text : text.replaceAll("(?m)^(KAZ\\d{4}),", "$1-" + run + ","),
                    StandardCharsets.UTF_8);
        }
        return file;
    }
}
