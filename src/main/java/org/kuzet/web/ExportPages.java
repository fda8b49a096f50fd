package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.backup.Passphrases;
import org.kuzet.exchange.Exports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The exports: the formats, the edition, a download button for each, and a passphrase to encrypt the file with. */
@Controller
class ExportPages {

    private final Exports exports;
    private final MessageSource messages;

    ExportPages(Exports exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/exports")
    String page(Model model) {
        model.addAttribute("formats", Exports.FORMATS);
        model.addAttribute("problems", Map.of());
        model.addAttribute("edition", "internal");
        return "exports/page";
    }

    @GetMapping("/exports/download")
    void download(@RequestParam(defaultValue = "xlsx") String format,
                  @RequestParam(name = "edition", defaultValue = "internal") String edition,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        exports.send(format, "public".equals(edition), Languages.of(RequestContextUtils.getLocale(request)), response);
    }

    /**
     * The page's form: posted, so that a passphrase never travels in an address (which logs and histories keep).
     * With a passphrase the file is encrypted; a short one, or one typed differently twice, is refused at its field.
     */
    @PostMapping("/exports/download")
    String downloadPosted(@RequestParam(defaultValue = "xlsx") String format,
                          @RequestParam(name = "edition", defaultValue = "internal") String edition,
                          @RequestParam(defaultValue = "") String passphrase,
                          @RequestParam(defaultValue = "") String passphraseAgain,
                          Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = RequestContextUtils.getLocale(request);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!passphrase.isEmpty() && passphrase.length() < Passphrases.MINIMUM) {
            problems.put("passphrase", messages.getMessage("exports.passphrase.short",
                    new Object[] {Passphrases.MINIMUM}, locale));
        } else if (!passphrase.equals(passphraseAgain)) {
            problems.put("passphraseAgain", messages.getMessage("exports.passphrase.differ", null, locale));
        }
        if (!problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("formats", Exports.FORMATS);
            model.addAttribute("problems", problems);
            model.addAttribute("edition", "public".equals(edition) ? "public" : "internal");
            return "exports/page";
        }
        char[] secret = passphrase.isEmpty() ? null : passphrase.toCharArray();
        try {
            exports.send(format, "public".equals(edition), Languages.of(locale), secret, response);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        return null;
    }
}
