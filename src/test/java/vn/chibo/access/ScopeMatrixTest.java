package vn.chibo.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * For each role and for data inside and outside its scope, every page and API endpoint of the
 * foundation answers as specified: out-of-scope reads 404, out-of-role writes 403.
 * Accounts: admin (everything), canbo (officer, region), canbo.sudoan (officer, division),
 * kiemtra (inspector, division), bithu (secretary, one cell), dangvien (member of that cell).
 */
@IntegrationTest
@Transactional
class ScopeMatrixTest {

    private static final String[] ACCOUNTS = {"admin", "canbo", "canbo.sudoan", "kiemtra", "bithu", "dangvien"};

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;

    long cellIn;
    long cellOut;
    long personIn;
    long personOut;
    long self;
    long memberProgramme;
    long myRegistration;
    long comradeRegistration;

    @BeforeEach
    void findDemoRecords() {
        cellIn = demo.sampleCell();
        cellOut = demo.cellOutsideDivision();
        personIn = demo.massIn(cellIn);
        personOut = demo.massIn(cellOut);
        self = demo.personOf("dangvien");
        memberProgramme = demo.memberProgramme();
        myRegistration = demo.memberRegistration(memberProgramme, self);
        comradeRegistration = demo.memberRegistration(memberProgramme, demo.personOf("bithu"));
    }

    /** (description, request, expected status per account in the order of ACCOUNTS). */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        rows.add(row("GET organization in scope", "GET", "/organizations/{cellIn}", 200, 200, 200, 200, 200, 404));
        rows.add(row("GET organization out of scope", "GET", "/organizations/{cellOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET organization children", "GET", "/organizations/{cellOut}/children", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET organization members fragment", "GET", "/people/organization/{cellOut}/members", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET organization edit form", "GET", "/organizations/{cellIn}/edit", 200, 200, 200, 403, 403, 404));
        rows.add(row("GET person edit form in scope", "GET", "/people/{personIn}/edit", 200, 200, 200, 403, 200, 404));
        rows.add(row("GET organization move form", "GET", "/organizations/{cellIn}/move", 200, 200, 200, 403, 403, 404));
        rows.add(row("POST organization update in scope", "POST", "/organizations/{cellIn}", 302, 302, 302, 403, 403, 404));
        rows.add(row("POST organization update out of scope", "POST", "/organizations/{cellOut}", 302, 302, 404, 404, 404, 404));
        rows.add(row("POST organization dissolve out of scope", "POST", "/organizations/{cellOut}/dissolve", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET person in scope", "GET", "/people/{personIn}", 200, 200, 200, 200, 200, 404));
        rows.add(row("GET person out of scope", "GET", "/people/{personOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET own record", "GET", "/people/{self}", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET person edit form out of scope", "GET", "/people/{personOut}/edit", 200, 200, 404, 404, 404, 404));
        rows.add(row("POST person update in scope", "POST", "/people/{personIn}", 302, 302, 302, 403, 302, 404));
        rows.add(row("POST person update out of scope", "POST", "/people/{personOut}", 302, 302, 404, 404, 404, 404));
        rows.add(row("POST own record update", "POST", "/people/{self}", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST person transfer out of scope", "POST", "/people/{personOut}/transfer", 302, 302, 404, 404, 404, 404));
        rows.add(row("GET people list", "GET", "/people", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET people list of other subtree", "GET", "/people?orgId={cellOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET people export", "GET", "/people/export.xlsx", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET organizations tree", "GET", "/organizations", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET accounts admin", "GET", "/admin/accounts", 200, 403, 403, 403, 403, 403));
        rows.add(row("GET audit admin", "GET", "/admin/audit", 200, 403, 403, 403, 403, 403));
        rows.add(row("API GET organization in scope", "API_GET", "/api/v1/organizations/{cellIn}", 200, 200, 200, 200, 200, 404));
        rows.add(row("API GET organization out of scope", "API_GET", "/api/v1/organizations/{cellOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API GET children out of scope", "API_GET", "/api/v1/organizations/{cellOut}/children", 200, 200, 404, 404, 404, 404));
        rows.add(row("API PUT organization in scope", "API_PUT_ORG", "/api/v1/organizations/{cellIn}", 200, 200, 200, 403, 403, 404));
        rows.add(row("API POST organization under out-of-scope parent", "API_POST_ORG", "/api/v1/organizations", 201, 201, 404, 404, 404, 404));
        rows.add(row("API move organization out of scope", "API_MOVE", "/api/v1/organizations/{cellOut}/move", 200, 200, 404, 404, 404, 404));
        rows.add(row("API GET person in scope", "API_GET", "/api/v1/people/{personIn}", 200, 200, 200, 200, 200, 404));
        rows.add(row("API GET person out of scope", "API_GET", "/api/v1/people/{personOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API PUT person in scope", "API_PUT_PERSON", "/api/v1/people/{personIn}", 200, 200, 200, 403, 200, 404));
        rows.add(row("API PUT person out of scope", "API_PUT_PERSON", "/api/v1/people/{personOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API list people of other subtree", "API_GET", "/api/v1/people?orgId={cellOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API transfer person out of scope", "API_TRANSFER", "/api/v1/people/{personOut}/transfer", 200, 200, 404, 404, 404, 404));
        // Đảng viên 5 tốt: {memberProgramme} is the demo pilot; {myRegistration} is dangvien's own, {comradeRegistration} bithu's
        rows.add(row("GET members' programme board", "GET", "/programmes/{memberProgramme}", 200, 200, 200, 200, 200, 404));
        rows.add(row("GET members' board of the cell", "GET", "/programmes/{memberProgramme}?within={cellIn}", 200, 200, 200, 200, 200, 404));
        rows.add(row("GET own member registration", "GET", "/registrations/{myRegistration}", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET another member's registration", "GET", "/registrations/{comradeRegistration}", 200, 200, 200, 200, 200, 404));
        rows.add(row("POST own member self-review", "POST", "/registrations/{myRegistration}/review", 302, 403, 403, 403, 302, 302));
        rows.add(row("POST another member's self-review", "POST", "/registrations/{comradeRegistration}/review", 302, 403, 403, 403, 302, 404));
        rows.add(row("POST own member plan item", "POST", "/registrations/{myRegistration}/plan-items", 302, 403, 403, 403, 302, 302));
        rows.add(row("POST own member self-assessment", "POST", "/registrations/{myRegistration}/assessment/self", 302, 403, 403, 403, 302, 302));
        rows.add(row("POST member proposal", "POST", "/registrations/{myRegistration}/assessment/propose", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST member decision", "POST", "/registrations/{myRegistration}/assessment/decide", 302, 302, 302, 403, 403, 403));
        rows.add(row("POST member registration for oneself", "POST", "/programmes/{memberProgramme}/members/{self}/registration", 302, 403, 403, 403, 302, 302));
        rows.add(row("POST member registration out of scope", "POST", "/programmes/{memberProgramme}/members/{personOut}/registration", 302, 403, 404, 404, 404, 404));
        rows.add(row("API GET members' board", "API_GET", "/api/v1/programmes/{memberProgramme}", 200, 200, 200, 200, 200, 404));
        rows.add(row("API GET own member review sheet", "API_GET", "/api/v1/registrations/{myRegistration}/reviews/{year}", 200, 200, 200, 200, 200, 200));
        rows.add(row("API GET another member's review sheet", "API_GET", "/api/v1/registrations/{comradeRegistration}/reviews/{year}", 200, 200, 200, 200, 200, 404));
        rows.add(row("API PUT own member review sheet", "API_PUT_REVIEW", "/api/v1/registrations/{myRegistration}/reviews/{year}", 200, 403, 403, 403, 200, 200));
        // 409: allowed, but these accounts are registered already (a duplicate is a conflict, like a double submission)
        rows.add(row("API POST member registration for oneself", "API_REGISTER_MEMBER", "/api/v1/programmes/{memberProgramme}/members/{self}/registration", 409, 403, 403, 403, 409, 409));
        List<Arguments> cases = new ArrayList<>();
        for (Arguments r : rows) {
            Object[] a = r.get();
            int[] expected = (int[]) a[3];
            for (int i = 0; i < ACCOUNTS.length; i++) {
                cases.add(Arguments.of(ACCOUNTS[i], a[0], a[1], a[2], expected[i]));
            }
        }
        return cases.stream();
    }

    private static Arguments row(String description, String kind, String url, int... expected) {
        return Arguments.of(description, kind, url, expected);
    }

    @ParameterizedTest(name = "{0}: {1} → {4}")
    @MethodSource("matrix")
    void answersAsSpecified(String account, String description, String kind, String url, int expected) throws Exception {
        String resolved = url.replace("{cellIn}", String.valueOf(cellIn)).replace("{cellOut}", String.valueOf(cellOut))
                .replace("{personIn}", String.valueOf(personIn)).replace("{personOut}", String.valueOf(personOut))
                .replace("{self}", String.valueOf(self)).replace("{memberProgramme}", String.valueOf(memberProgramme))
                .replace("{myRegistration}", String.valueOf(myRegistration))
                .replace("{comradeRegistration}", String.valueOf(comradeRegistration))
                .replace("{year}", String.valueOf(demo.today().getYear()));
        MockHttpServletRequestBuilder request = switch (kind) {
            case "GET" -> get(resolved).with(user(demo.user(account)));
            case "POST" -> post(resolved).with(user(demo.user(account))).with(csrf())
                    .params(new org.springframework.util.LinkedMultiValueMap<>(formFor(resolved)));
            case "API_GET" -> get(resolved).with(httpBasic(account, "demo"));
            case "API_PUT_ORG" -> put(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"Chi bộ Đại đội 1 (đổi tên)\",\"type\":\"CELL\",\"category\":\"STANDING_FORCE\",\"validFrom\":\"2001-01-01\",\"version\":"
                            + demo.version("organization", idIn(resolved)) + "}");
            case "API_POST_ORG" -> post(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"Tổ đảng 1\",\"type\":\"PARTY_GROUP\",\"category\":\"COMMUNE_MILITARY\",\"validFrom\":\"2024-01-01\",\"parentId\":" + cellOut + "}");
            case "API_MOVE" -> post(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"parentId\":" + demo.scopeOf("canbo.sudoan") + ",\"version\":"
                            + demo.version("organization", idIn(resolved)) + "}");
            case "API_PUT_PERSON" -> put(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"fullName\":\"Nguyễn Văn Kiểm\",\"gender\":\"MALE\",\"birthDate\":\"2001-02-03\",\"version\":"
                            + demo.version("person", idIn(resolved)) + "}");
            case "API_TRANSFER" -> post(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"organizationId\":" + cellIn + "}");
            case "API_PUT_REVIEW" -> put(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"values\":{\"D1.1\":\"true\"}}");
            case "API_REGISTER_MEMBER" -> post(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"registeredOn\":\"" + demo.today() + "\",\"meetingReference\":\"NQ chi bộ\"}");
            default -> throw new IllegalArgumentException(kind);
        };
        mvc.perform(request).andExpect(status().is(expected));
    }

    /** The first number in a URL: the id of the record it addresses. */
    private static long idIn(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/(\\d+)").matcher(url);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private Map<String, List<String>> formFor(String url) {
        String month = java.time.YearMonth.from(demo.today()).toString();
        if (url.endsWith("/review")) {
            return Map.of("period", List.of(month), "values[D1.1]", List.of("true"));
        }
        if (url.endsWith("/plan-items")) {
            return Map.of("criterionCode", List.of("D5"), "content", List.of("Dìu dắt một quần chúng"));
        }
        if (url.endsWith("/assessment/self") || url.endsWith("/assessment/propose")) {
            return Map.of("recognised", List.of("true"));
        }
        if (url.endsWith("/assessment/decide")) {
            return Map.of("recognised", List.of("true"), "decisionNumber", List.of("1-QĐ/ĐU"),
                    "decisionDate", List.of(demo.today().toString()), "reason", List.of("Lý do"));
        }
        if (url.endsWith("/members/" + self + "/registration") || url.contains("/members/")) {
            return Map.of("registeredOn", List.of(demo.today().toString()), "meetingReference", List.of("NQ chi bộ"));
        }
        if (url.endsWith("/transfer")) {
            return Map.of("organizationId", List.of(String.valueOf(cellIn)), "effectiveOn", List.of(demo.today().toString()));
        }
        if (url.endsWith("/dissolve")) {
            return Map.of("effectiveOn", List.of("2026-01-15"), "version",
                    List.of(String.valueOf(demo.version("organization", idIn(url)))));
        }
        if (url.startsWith("/organizations/")) {
            return Map.of("name", List.of("Chi bộ mới tên"), "type", List.of("CELL"), "category", List.of("STANDING_FORCE"),
                    "validFrom", List.of("2001-01-01"), "version", List.of(String.valueOf(demo.version("organization", idIn(url)))));
        }
        return Map.of("fullName", List.of("Nguyễn Văn Kiểm"), "gender", List.of("MALE"), "birthDate", List.of("1990-02-03"),
                "version", List.of(String.valueOf(demo.version("person", idIn(url)))));
    }
}
