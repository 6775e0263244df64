package vn.chibo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import vn.chibo.shared.text.ControlCharacters;

/**
 * Before anything else reads the request (security included): a request whose parameters cannot be parsed (a
 * multipart part whose file name holds a NUL byte) is answered 400 with a short message and logged in one line
 * instead of a stack trace; control characters in parameters (form fields, query strings) are dropped, so they
 * never reach the database or a page (text pasted from a word processor may carry a stray vertical tab).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BadInputFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BadInputFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    BadInputFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            log.warn("Refused an unreadable request {} {}: {}", request.getMethod(),
                    ControlCharacters.strip(request.getRequestURI()),
                    ControlCharacters.strip(String.valueOf(unreadable.getMessage())));
            refuse(request, response, "error.badRequest.unreadable");
            return;
        }
        chain.doFilter(hasControlCharacters(parameters) ? new CleanParameters(request, parameters) : request, response);
    }

    private static boolean hasControlCharacters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (ControlCharacters.present(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.present(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The request with control characters removed from parameter names and values. */
    private static final class CleanParameters extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new java.util.LinkedHashMap<>();

        CleanParameters(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            original.forEach((name, values) -> parameters.merge(ControlCharacters.strip(name),
                    java.util.Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new),
                    (a, b) -> java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                            .toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return java.util.Collections.unmodifiableMap(parameters);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey) throws IOException {
        Locale locale = localeOf(request);
        String detail = messages.getMessage(messageKey, null, locale);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"urn:chibo:" + messageKey + "\",\"status\":400,\"title\":\""
                    + json(messages.getMessage("error.badRequest", null, locale)) + "\",\"detail\":\"" + json(detail) + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail);
        }
    }

    private Locale localeOf(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException unreadableCookie) {
            return WebConfig.VIETNAMESE;
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
