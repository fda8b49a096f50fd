package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Refuses, before anything reads them, request texts that would otherwise be mangled or fail deep inside: bytes that
 * are not UTF-8 (an overlong {@code C0 AF} is not "/"), the NUL character (PostgreSQL refuses 0x00 in text: a 500),
 * lone surrogates (stored as "?"), the replacement character a server puts where an address parameter's bytes were
 * not UTF-8, a JSON object with the same key twice (which value counts would be a guess), and bodies larger than any
 * form or API request needs. Each is answered 400 (413 for the size) naming the parameter or the JSON path; nothing is
 * recorded. A multipart form's text fields are checked the same way by {@link Multiparts}, once the security filters
 * have let the request through; its files are bounded by the upload limit and not read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestTextFilter extends OncePerRequestFilter {

    /** A JSON request: one record with its texts (a narrative and a testimony of 100,000 characters each fit). */
    static final int MAX_JSON_BYTES = 2 * 1024 * 1024;
    /** A form post of the pages: the largest form, the incident's, with its texts. */
    static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** Why a text was refused: a field (parameter or JSON path), and what is wrong with it. */
    record Refusal(int status, String field, String message) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        boolean json = type.startsWith("application/json") || type.matches("application/[a-z.+-]+\\+json.*");
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        HttpServletRequest checked = request;
        Refusal refusal = null;
        if (json) {
            long declared = request.getContentLengthLong();
            byte[] body = declared > MAX_JSON_BYTES ? null : request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
            if (body == null || body.length > MAX_JSON_BYTES) {
                refusal = new Refusal(413, "body", "is larger than " + MAX_JSON_BYTES / (1024 * 1024) + " MB");
            } else {
                refusal = checkJson(body);
                checked = new CachedBody(request, body);
            }
        } else if (form && request.getContentLengthLong() > MAX_FORM_BYTES) {
            refusal = new Refusal(413, "body", "is larger than " + MAX_FORM_BYTES / (1024 * 1024) + " MB");
        }
        if (refusal == null) {
            // in the address, bytes that were not UTF-8 show as U+FFFD once decoded
            refusal = checkParameters(queryParameters(request), true);
        }
        if (refusal == null && !type.startsWith("multipart/")) {
            // a form's texts may hold U+FFFD itself (pasted from a damaged document): a browser sends it as UTF-8, and
            // refusing it would lose what the monitor typed. A multipart form is checked after the security filters
            // (Multiparts), so that no one who may not send it gets it read.
            refusal = checkParameters(checked.getParameterMap(), false);
        }
        if (refusal != null) {
            refuse(request, response, refusal);
            return;
        }
        chain.doFilter(checked, response);
    }

    /**
     * A multipart form's text fields (its parts without a file name) are bounded as an ordinary form is; its files have
     * the upload limit of their own. A body the container cannot parse is left to the handler, which answers it.
     */
    static Refusal checkTextPartsSize(HttpServletRequest request) throws IOException {
        long texts = 0;
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null) {
                    texts += part.getSize();
                }
            }
        } catch (ServletException | IllegalStateException e) {
            return null;
        }
        return texts > MAX_FORM_BYTES
                ? new Refusal(413, "body", "holds more than " + MAX_FORM_BYTES / (1024 * 1024) + " MB of text fields")
                : null;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        String detail = refusal.field() + ": " + refusal.message() + "; nothing was changed";
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemResponses.write(response, refusal.status(), refusal.status() == 413 ? "Request too large" : "Invalid input",
                    detail);
        } else {
            response.sendError(refusal.status(), detail);
        }
    }

    /** The query string's parameters, decoded as the server decodes them (bytes that are not UTF-8 become U+FFFD). */
    private static Map<String, String[]> queryParameters(HttpServletRequest request) {
        Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
        String query = request.getQueryString();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            try {
                parameters.put(java.net.URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8), new String[] {
                        nameAndValue.length > 1 ? java.net.URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : ""});
            } catch (IllegalArgumentException e) {
                parameters.put(nameAndValue[0], new String[] {"\uFFFD"});
            }
        }
        return parameters;
    }

    static Refusal checkParameters(Map<String, String[]> parameters, boolean replacementIsMalformed) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String nameProblem = problemOf(parameter.getKey());
            if (nameProblem != null) {
                return new Refusal(400, "a parameter's name", nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = problemOf(value);
                if (problem == null && replacementIsMalformed && value != null && value.indexOf('\uFFFD') >= 0) {
                    problem = "contains bytes that are not UTF-8 text (shown as \uFFFD)";
                }
                if (problem != null) {
                    return new Refusal(400, parameter.getKey(), problem);
                }
            }
        }
        return null;
    }

    /**
     * The body as strict UTF-8, then every key and string value of it. A body that is not JSON at all passes: the API
     * says what is wrong with it, where, as for any malformed request.
     */
    private static Refusal checkJson(byte[] body) {
        // a zero byte is no JSON text in UTF-8 (a NUL in a string must be escaped), but it is how UTF-16 and UTF-32
        // write every ASCII letter, which the API's JSON reader would detect and read past these checks
        for (byte b : body) {
            if (b == 0) {
                return new Refusal(400, "body", "is not UTF-8 text (it holds a zero byte: send JSON as UTF-8)");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new Refusal(400, "body", "is not UTF-8 text");
        }
        try (JsonParser parser = STRICT.createParser(ObjectReadContext.empty(), text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String value = token == JsonToken.PROPERTY_NAME ? parser.currentName()
                        : token == JsonToken.VALUE_STRING ? parser.getString() : null;
                String problem = problemOf(value);
                if (problem != null) {
                    return new Refusal(400, path(parser), problem);
                }
            }
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate Object property")) {
                return new Refusal(400, pathOf(e), "is given twice");
            }
        }
        return null;
    }

    /** NUL and lone surrogates, which no text of the record may hold. */
    private static String problemOf(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "contains a NUL character (0x00)";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "contains a lone surrogate (half of a character), which is not text";
            }
        }
        return null;
    }

    /** The JSON path of the parser's current value, as the API's other problems name fields: {@code $.names[2].name}. */
    private static String path(JsonParser parser) {
        return "$" + parser.streamReadContext().pathAsPointer().toString().replaceAll("/(\\d+)(?=/|$)", "[$1]")
                .replace('/', '.');
    }

    private static String pathOf(JacksonException e) {
        return e.processor() instanceof JsonParser parser ? path(parser) : "body";
    }

    /** The request with its body read once: what the API reads is exactly what was checked. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /**
     * The text fields of a multipart form, checked as any form's (NUL, half a character, 2 MB of text in all), but
     * only after the security filters: reading a multipart body spools it to disk, which no one who may not send it
     * should make the server do.
     */
    @Component
    @Order(org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
    static class Multiparts extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Refusal refusal = checkTextPartsSize(request);
            if (refusal == null) {
                refusal = checkParameters(request.getParameterMap(), false);
            }
            if (refusal != null) {
                refuse(request, response, refusal);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
