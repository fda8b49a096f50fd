package org.kuzet.evidence;

import java.io.IOException;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files of a source. Uploading takes an editor, reviewer or administrator; listing and downloading a
 * signed-in user who can see the source (SecurityConfiguration: only the source itself is public).
 */
@RestController
@RequestMapping("/api/v1/sources/{ref}/files")
class EvidenceApi {

    private final EvidenceFiles files;

    EvidenceApi(EvidenceFiles files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceFile upload(@PathVariable String ref, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidInputException.of("file", "is required: send the file as the multipart field 'file'");
        }
        return files.upload(ref, file.getOriginalFilename(), file.getContentType(), file.getInputStream());
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<EvidenceFile> list(@PathVariable String ref) {
        return files.list(ref);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String ref, @PathVariable long id) {
        return files.download(ref, id).asAttachment();
    }
}
