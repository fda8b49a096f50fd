package org.kuzet.web;

import java.io.IOException;
import java.util.List;
import org.kuzet.evidence.EvidenceFile;
import org.kuzet.evidence.EvidenceFiles;
import org.kuzet.evidence.EvidenceTooLargeException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.Citations;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.SourceFilter;
import org.kuzet.source.Sources;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Sources: the list, and a source's page with what cites it and its evidence files (chain of custody: SHA-256,
 * who uploaded what, when). Editors attach files here; every download is audited by the evidence store.
 */
@Controller
class SourcePages {

    static final int PAGE_SIZE = 50;

    private final Sources sources;
    private final EvidenceFiles files;
    private final Citations citations;
    private final Vocabularies vocabularies;

    SourcePages(Sources sources, EvidenceFiles files, Citations citations, Vocabularies vocabularies) {
        this.sources = sources;
        this.files = files;
        this.citations = citations;
        this.vocabularies = vocabularies;
    }

    private Glossary glossary() {
        return new Glossary(vocabularies, RequestLanguage.current().orElse("en"));
    }

    @GetMapping("/sources")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        int shown = Math.max(page, 0);
        PageOf<SourceDocument> found = sources.list(new SourceFilter(query), shown, PAGE_SIZE);
        model.addAttribute("glossary", glossary());
        model.addAttribute("q", query);
        model.addAttribute("sources", found);
        model.addAttribute("previous", ListLinks.previous("/sources", query, shown));
        model.addAttribute("next", ListLinks.next("/sources", query, found));
        return "sources/list";
    }

    @GetMapping("/sources/{key}")
    String source(@PathVariable String key, @RequestParam(required = false) String uploaded,
                  @RequestParam(required = false) String saved, Model model) {
        model.addAttribute("saved", saved != null);
        return show(key, uploaded != null, null, model);
    }

    @PostMapping("/sources/{key}/files")
    String upload(@PathVariable String key, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  jakarta.servlet.http.HttpServletResponse response) throws IOException {
        sourceOrNotFound(key);
        String problem;
        if (file == null || file.isEmpty()) {
            problem = "file: choose a file to attach";
        } else {
            try {
                files.upload(key, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
                return "redirect:/sources/" + key + "?uploaded";
            } catch (InvalidInputException e) {
                problem = e.getMessage();
            } catch (EvidenceTooLargeException e) {
                problem = "file: " + e.getMessage();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return show(key, false, problem, model);
    }

    @GetMapping("/sources/{key}/files/{id}")
    ResponseEntity<byte[]> download(@PathVariable String key, @PathVariable long id) {
        return files.download(key, id).asAttachment();
    }

    private String show(String key, boolean uploaded, String problem, Model model) {
        SourceDocument source = sourceOrNotFound(key);
        List<EvidenceFile> evidence = files.list(key);
        model.addAttribute("glossary", glossary());
        model.addAttribute("source", source);
        model.addAttribute("citing", citations.citing(source.key()));
        model.addAttribute("files", evidence);
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("problem", problem);
        return "sources/source";
    }

    private SourceDocument sourceOrNotFound(String key) {
        return sources.find(key).orElseThrow(() -> new RecordNotFoundException("source", key));
    }

}
