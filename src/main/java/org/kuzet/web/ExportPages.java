package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kuzet.exchange.Exports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The exports: the formats, the edition, and a download button for each. */
@Controller
class ExportPages {

    private final Exports exports;

    ExportPages(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/exports")
    String page(Model model) {
        model.addAttribute("formats", Exports.FORMATS);
        return "exports/page";
    }

    @GetMapping("/exports/download")
    void download(@RequestParam(defaultValue = "xlsx") String format,
                  @RequestParam(name = "edition", defaultValue = "internal") String edition,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        exports.send(format, "public".equals(edition), Languages.of(RequestContextUtils.getLocale(request)), response);
    }
}
