package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.history.FieldChange;
import org.kuzet.history.Histories;
import org.kuzet.history.RecordVersion;
import org.kuzet.history.VersionContent;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.shared.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The history of a record: its versions for everyone who sees the record; each version's changes and the revert
 * form only for full clearance, which {@link Histories} checks again (a version may name records others cannot see).
 */
@Controller
class HistoryPages {

    private static final String COLLECTION = "{collection:incidents|persons|organizations|cases|sources|events|interventions|reported-figures}";

    private final Histories histories;

    HistoryPages(Histories histories) {
        this.histories = histories;
    }

    @GetMapping("/" + COLLECTION + "/{ref}/history")
    String history(@PathVariable String collection, @PathVariable("ref") String key,
                   @RequestParam(required = false) Integer reverted, Model model) {
        model.addAttribute("reverted", reverted);
        return page(collection, key, model, null, List.of());
    }

    /**
     * Reverts to {@code version} as a new version; {@code current} is the version the page showed as the newest,
     * so a change saved meanwhile is a conflict that changes nothing.
     */
    @PostMapping("/" + COLLECTION + "/{ref}/history/{version}/revert")
    String revert(@PathVariable String collection, @PathVariable("ref") String key, @PathVariable int version,
                  @RequestParam(required = false) Integer current, Model model, HttpServletResponse response) {
        try {
            histories.revert(collection, key, version, current, Actor.current().userId());
            return "redirect:/" + collection + "/" + key + "/history?reverted=" + version;
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("reverted", null);
            return page(collection, key, model, e.currentVersion(), List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("reverted", null);
            return page(collection, key, model, null, e.problems().stream().map(Problem::toString).toList());
        }
    }

    private String page(String collection, String key, Model model, Integer conflict, List<String> problems) {
        List<RecordVersion> versions = histories.versions(collection, key);
        boolean full = Actor.current().clearance() == Clearance.CONFIDENTIAL;
        Map<Integer, List<Change>> changes = new LinkedHashMap<>();
        if (full) {
            // every version's changes in one read, audited once
            for (VersionContent v : histories.contents(collection, key)) {
                changes.put(v.version().version(), changes(v.diff()));
            }
        }
        model.addAttribute("collection", collection);
        model.addAttribute("key", key);
        model.addAttribute("versions", versions);
        model.addAttribute("current", versions.isEmpty() ? null : versions.getFirst().version());
        model.addAttribute("full", full);
        model.addAttribute("changes", changes);
        model.addAttribute("conflict", conflict);
        model.addAttribute("problems", problems);
        return "history/history";
    }

    private static List<Change> changes(List<FieldChange> diff) {
        List<Change> changes = new ArrayList<>();
        for (FieldChange c : diff) {
            changes.add(new Change(c.path().startsWith("$.") ? c.path().substring(2) : c.path(), value(c.before()), value(c.after())));
        }
        return changes;
    }


    private static String value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isString() ? node.stringValue() : node.toString();
    }
}
