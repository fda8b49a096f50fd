package org.kuzet.security;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's settings (the API chain lets only administrators in). */
@RestController
@RequestMapping(value = "/api/v1/settings", produces = MediaType.APPLICATION_JSON_VALUE)
class SettingsApi {

    private final Settings settings;

    SettingsApi(Settings settings) {
        this.settings = settings;
    }

    /** The settings; in a change, a missing value stays as it is. */
    record SettingsDocument(Boolean requireTwoFactor) {
    }

    @GetMapping
    SettingsDocument get() {
        return new SettingsDocument(settings.requireTwoFactor());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    SettingsDocument update(@RequestBody SettingsDocument change) {
        if (change.requireTwoFactor() != null) {
            settings.set(Settings.REQUIRE_TWO_FACTOR, change.requireTwoFactor().toString());
        }
        return get();
    }
}
