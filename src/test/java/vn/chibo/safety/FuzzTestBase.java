package vn.chibo.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chibo.support.DemoFixture;

/**
 * Every API endpoint and every page (GET and form POST) receives wrong types, negative and huge numbers, 100,000
 * character texts, control characters, impossible dates and ids that are huge, negative or not numbers, as the
 * administrator: no answer may be a 5xx.
 */
abstract class FuzzTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void noInputAnswers5xx() {
        UserDetails admin = demo.user("admin");
        List<Fuzzer.Endpoint> endpoints = Fuzzer.endpoints(mappings.getHandlerMethods());
        assertThat(endpoints).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Fuzzer.Endpoint endpoint : endpoints) {
            List<String> urls = endpoint.urls();
            for (int u = 0; u < urls.size(); u++) {
                for (Fuzzer.Variant variant : u == 0 ? List.of(Fuzzer.Variant.values()) : List.of(Fuzzer.Variant.NULLS)) {
                    requests++;
                    String outcome = send(endpoint, urls.get(u), variant, null, admin);
                    if (outcome != null) {
                        failures.add(endpoint.method() + " " + urls.get(u) + " [" + variant + "] " + outcome
                                + " (" + endpoint.handler() + ")");
                    }
                }
            }
            // one query parameter at a time, so that a bad value of one does not hide another's (page=2147483647)
            for (String only : endpoint.query().size() > 1 ? endpoint.query().keySet() : java.util.Set.<String>of()) {
                for (Fuzzer.Variant variant : List.of(Fuzzer.Variant.NEGATIVE, Fuzzer.Variant.HUGE, Fuzzer.Variant.BAD_DATE)) {
                    requests++;
                    String outcome = send(endpoint, urls.get(0), variant, only, admin);
                    if (outcome != null) {
                        failures.add(endpoint.method() + " " + urls.get(0) + " [" + only + " " + variant + "] " + outcome
                                + " (" + endpoint.handler() + ")");
                    }
                }
            }
        }
        System.out.println("Fuzz: " + endpoints.size() + " endpoints, " + requests + " requests, " + failures.size() + " 5xx; statuses " + statuses);
        failures.forEach(f -> System.out.println("Fuzz 5xx: " + f));
        assertThat(failures).as("answers 5xx").isEmpty();
    }

    /** Sends hostile values of {@code variant}: to every field and query parameter, or only to query parameter {@code only}. */
    private String send(Fuzzer.Endpoint endpoint, String url, Fuzzer.Variant variant, String only, UserDetails admin) {
        try {
            AbstractMockHttpServletRequestBuilder<?> request;
            if (endpoint.multipart()) {
                var multipart = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(endpoint.method()), url);
                byte[] content = variant == Fuzzer.Variant.NULLS ? new byte[0]
                        : "%PDF-1.4 không phải PDF\u0000".getBytes(StandardCharsets.UTF_8);
                endpoint.fields().forEach((name, type) -> {
                    if (type == org.springframework.web.multipart.MultipartFile.class) {
                        multipart.file(new MockMultipartFile(name, "tệp\u0000" + variant + ".pdf", "application/pdf", content));
                    } else {
                        multipart.param(name, Fuzzer.form(type, variant));
                    }
                });
                request = multipart;
            } else {
                MockHttpServletRequestBuilder plain = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), url);
                if (endpoint.jsonBody()) {
                    plain.contentType(MediaType.APPLICATION_JSON).content(body(endpoint.fields(), variant));
                } else if (!endpoint.method().equals("GET")) {
                    endpoint.fields().forEach((name, type) -> plain.param(name, Fuzzer.form(type, variant)));
                }
                request = plain;
            }
            AbstractMockHttpServletRequestBuilder<?> built = request;
            endpoint.query().forEach((name, type) -> {
                if (only == null || only.equals(name)) {
                    built.queryParam(name, Fuzzer.form(type, variant));
                }
            });
            built.with(user(admin)).with(csrf());
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                Exception e = result.getResolvedException();
                return status + (e == null ? "" : " " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
            }
            return null;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "exception " + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
        }
    }

    private static String body(Map<String, Class<?>> fields, Fuzzer.Variant variant) {
        if (fields.isEmpty()) {
            return variant == Fuzzer.Variant.WRONG_TYPE ? "[1, 2" : "{}";
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, type) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(Fuzzer.json(type, variant)));
        return json.append('}').toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
