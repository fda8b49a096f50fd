package org.kuzet.evidence;

import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.kuzet.shared.InvalidInputException;

/**
 * Which files may be evidence: documents, images, saved web pages and web archives, told by their bytes (Tika's
 * magic numbers), never by the name or the type the uploader declares. A declared type must be the detected one or
 * a more general one ({@code application/octet-stream}): a PNG that says it is a PDF is refused.
 */
final class ContentTypes {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
            "image/tiff", "text/html", "application/xhtml+xml", "multipart/related", "message/rfc822", "application/warc",
            "text/plain");

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private ContentTypes() {
    }

    /** The type of {@code bytes}, checked against the allowed types and the {@code declared} one. */
    static String check(byte[] bytes, String declared) {
        MediaType detected = REGISTRY.normalize(MediaType.parse(TIKA.detect(bytes))).getBaseType();
        if (!ALLOWED.contains(detected.toString())) {
            throw InvalidInputException.of("file", "the file is " + detected + ", which is not accepted as evidence "
                    + "(PDF, PNG, JPEG, GIF, WebP, TIFF, HTML, MHTML, WARC or plain text)");
        }
        MediaType claimed = declared == null ? null : MediaType.parse(declared);
        if (claimed != null) {
            claimed = REGISTRY.normalize(claimed.getBaseType());
            if (!claimed.equals(detected) && !REGISTRY.isSpecializationOf(detected, claimed)) {
                throw InvalidInputException.of("file", "declared as " + claimed + " but the bytes are " + detected);
            }
        }
        return detected.toString();
    }
}
