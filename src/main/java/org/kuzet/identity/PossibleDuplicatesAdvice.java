package org.kuzet.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.person.PersonDocument;
import org.kuzet.shared.Json;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.node.ObjectNode;

/**
 * The create-time warning of the API: a person or organisation created with {@code POST /api/v1/persons} (or
 * {@code /organizations}) is saved as asked — an API client may well mean a namesake — and the answer (201) carries
 * {@code possibleDuplicates}: the visible records it likely duplicates, with score and reasons, so the client can
 * merge or mark them "not the same". Without likely duplicates the answer is unchanged.
 */
@RestControllerAdvice
class PossibleDuplicatesAdvice implements ResponseBodyAdvice<Object> {

    private final Duplicates duplicates;

    PossibleDuplicatesAdvice(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        Class<?> type = returnType.getParameterType();
        return type == PersonDocument.class || type == OrganizationDocument.class;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servlet) || !created(servlet.getServletRequest())) {
            return body;
        }
        List<DuplicatePair> likely = switch (body) {
            case PersonDocument p when p.id() != null -> duplicates.of(Subject.PERSON, p.id());
            case OrganizationDocument o when o.id() != null -> duplicates.of(Subject.ORGANIZATION, o.id());
            default -> List.of();
        };
        if (likely.isEmpty()) {
            return body;
        }
        ObjectNode answer = Json.MAPPER.valueToTree(body);
        answer.set("possibleDuplicates", Json.MAPPER.valueToTree(likely));
        return answer;
    }

    private static boolean created(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals("/api/v1/persons") || path.equals("/api/v1/organizations"));
    }
}
