package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.statistics.PoliticalPrisoners;
import org.kuzet.statistics.PrisonerExports;
import org.kuzet.statistics.PrisonerList;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** The political prisoners on a day, with a date picker and a status filter, and its CSV and DOCX downloads. */
@Controller
class PrisonerPages {

    private final PoliticalPrisoners prisoners;
    private final PrisonerExports exports;

    PrisonerPages(PoliticalPrisoners prisoners, PrisonerExports exports) {
        this.prisoners = prisoners;
        this.exports = exports;
    }

    @GetMapping("/prisoners")
    String list(@RequestParam(required = false) String asOf, @RequestParam(required = false) List<String> status,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        String lang = Languages.of(RequestContextUtils.getLocale(request));
        PrisonerList list = null;
        List<Problem> problems = List.of();
        try {
            list = prisoners.asOf(StatisticsPages.blank(asOf), status, lang);
        } catch (InvalidInputException e) {
            problems = e.problems();
            response.setStatus(422);
        }
        model.addAttribute("list", list);
        model.addAttribute("asOf", list == null ? asOf : list.asOf());
        model.addAttribute("checked", list == null ? PoliticalPrisoners.DEPRIVED_OF_LIBERTY : list.statuses());
        model.addAttribute("statuses", PoliticalPrisoners.STATUSES);
        model.addAttribute("problems", problems);
        model.addAttribute("csv", list == null ? null : exportLink(list, "csv"));
        model.addAttribute("docx", list == null ? null : exportLink(list, "docx"));
        return "prisoners/list";
    }

    @GetMapping("/prisoners/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) List<String> status,
                                  @RequestParam(defaultValue = "csv") String format, HttpServletRequest request) {
        if (!PrisonerExports.FORMATS.contains(format)) {
            throw InvalidInputException.of("query.format", "'" + format + "' is not one of csv, docx");
        }
        // checks the date and the statuses as the list does, and reads the list once
        PoliticalPrisoners.Asked checked = PoliticalPrisoners.asked(StatisticsPages.blank(asOf), status);
        var export = exports.export(checked.day(), checked.statuses(), format,
                Languages.of(RequestContextUtils.getLocale(request)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, export.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.filename()).build().toString())
                .body(export.content());
    }

    private static String exportLink(PrisonerList list, String format) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/prisoners/export").queryParam("asOf", list.asOf());
        list.statuses().forEach(s -> b.queryParam("status", s));
        return b.queryParam("format", format).build().toUriString();
    }
}
