package vn.chibo.meeting;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Every meeting page and API endpoint × every role × data inside and outside the account's scope: out-of-scope reads
 * answer 404, writes outside the role 403. A party member reads his own cell's meetings but records nothing unless he
 * is the minute-taker (covered in {@link MeetingsTest}). Accounts: admin, canbo (region officer), canbo.sudoan
 * (division officer), kiemtra (division inspector), bithu (secretary of Chi bộ Đại đội 1), dangvien (member there).
 */
@IntegrationTest
@Transactional
class MeetingScopeTest {

    private static final String[] ACCOUNTS = {"admin", "canbo", "canbo.sudoan", "kiemtra", "bithu", "dangvien"};

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    Map<String, String> ids;

    /** This month's meeting (held, minutes not yet approved) of a cell, and the attendance row of a member who did not speak. */
    private long[] heldMeeting(long cell) {
        long meeting = jdbc.sql("select max(id) from meeting where organization_id = :c and status = 'HELD'").param("c", cell)
                .query(Long.class).single();
        long attendee = jdbc.sql("select min(a.id) from meeting_attendee a where a.meeting_id = :m and a.role = 'MEMBER'"
                        + " and not exists (select 1 from meeting_contribution c where c.attendee_id = a.id)").param("m", meeting)
                .query(Long.class).single();
        return new long[] {meeting, attendee};
    }

    private long[] material(long cell) {
        return jdbc.sql("select mm.meeting_id, mm.id from meeting_material mm join meeting m on m.id = mm.meeting_id"
                        + " where m.organization_id = :c order by mm.id limit 1")
                .param("c", cell).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    @BeforeEach
    void findDemoRecords() {
        long cellIn = demo.sampleCell();
        long cellOut = demo.cellOutsideDivision();
        long[] in = heldMeeting(cellIn);
        long[] out = heldMeeting(cellOut);
        long[] materialIn = material(cellIn);
        long[] materialOut = material(cellOut);
        // a member of the regiment's committee, which the sample cell is under (a candidate to attend its meetings)
        String candidate = jdbc.sql("""
                        select r.person_id, r.organization_id from leadership_role r join organization o on o.id = r.organization_id
                        join person p on p.id = r.person_id
                        where o.type = 'GRASSROOTS_COMMITTEE' and :path like o.path || '%' and r.role = 'COMMITTEE_MEMBER'
                        and r.to_date is null and p.organization_id <> :c""")
                .param("path", demo.pathOf(cellIn)).param("c", cellIn)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2)).list().get(0);
        ids = Map.of("{cellIn}", String.valueOf(cellIn), "{cellOut}", String.valueOf(cellOut),
                "{in}", String.valueOf(in[0]), "{attIn}", String.valueOf(in[1]),
                "{out}", String.valueOf(out[0]), "{attOut}", String.valueOf(out[1]),
                "{matMeetingIn}", String.valueOf(materialIn[0]), "{matIn}", String.valueOf(materialIn[1]),
                "{matMeetingOut}", String.valueOf(materialOut[0]), "{matOut}", String.valueOf(materialOut[1]));
        candidateValue = candidate;
    }

    String candidateValue;

    /** (description, kind, URL, expected status per account in the order of ACCOUNTS). */
    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        rows.add(row("GET menu entry", "GET", "/meetings", 302, 302, 302, 302, 302, 302));
        rows.add(row("GET calendar in scope", "GET", "/organizations/{cellIn}/meetings", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET calendar out of scope", "GET", "/organizations/{cellOut}/meetings", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET meeting in scope", "GET", "/meetings/{in}", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET meeting out of scope", "GET", "/meetings/{out}", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET live entry in scope", "GET", "/meetings/{in}/live", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET live entry out of scope", "GET", "/meetings/{out}/live", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET edit form", "GET", "/meetings/{in}/edit", 200, 200, 200, 403, 200, 403));
        rows.add(row("GET edit form out of scope", "GET", "/meetings/{out}/edit", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET new meeting form", "GET", "/organizations/{cellIn}/meetings/new", 200, 200, 200, 403, 200, 404));
        rows.add(row("POST new meeting", "POST", "/organizations/{cellIn}/meetings", 302, 302, 302, 403, 302, 404));
        rows.add(row("POST new meeting out of scope", "POST", "/organizations/{cellOut}/meetings", 302, 302, 404, 404, 404, 404));
        rows.add(row("POST attendance", "POST", "/meetings/{in}/attendance/{attIn}", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST attendance out of scope", "POST", "/meetings/{out}/attendance/{attOut}", 302, 302, 404, 404, 404, 404));
        rows.add(row("POST everyone present", "POST", "/meetings/{in}/attendance", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST contribution", "POST", "/meetings/{in}/contributions", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST contribution out of scope", "POST", "/meetings/{out}/contributions", 302, 302, 404, 404, 404, 404));
        rows.add(row("POST resolution", "POST", "/meetings/{in}/resolution", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST action item", "POST", "/meetings/{in}/items", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST manual scores", "POST", "/meetings/{in}/scores", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST close minutes", "POST", "/meetings/{in}/close", 302, 302, 302, 403, 302, 403));
        rows.add(row("POST close minutes out of scope", "POST", "/meetings/{out}/close", 302, 302, 404, 404, 404, 404));
        rows.add(row("GET minutes PDF", "GET", "/meetings/{in}/minutes.pdf", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET minutes DOCX out of scope", "GET", "/meetings/{out}/minutes.docx", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET material", "GET", "/meetings/{matMeetingIn}/materials/{matIn}", 200, 200, 200, 200, 200, 200));
        rows.add(row("GET material out of scope", "GET", "/meetings/{matMeetingOut}/materials/{matOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("GET material of another meeting", "GET", "/meetings/{in}/materials/{matOut}", 404, 404, 404, 404, 404, 404));
        rows.add(row("GET overview", "GET", "/meetings/overview", 200, 200, 200, 200, 200, 403));
        rows.add(row("GET overview of the cell", "GET", "/meetings/overview?organizationId={cellIn}", 200, 200, 200, 200, 200, 403));
        rows.add(row("GET overview out of scope", "GET", "/meetings/overview?organizationId={cellOut}", 200, 200, 404, 404, 404, 403));
        rows.add(row("GET supervision", "GET", "/organizations/{cellIn}/supervision", 200, 200, 200, 200, 200, 404));
        rows.add(row("GET supervision out of scope", "GET", "/organizations/{cellOut}/supervision", 200, 200, 404, 404, 404, 404));
        rows.add(row("POST supervision assignment", "POST", "/organizations/{cellIn}/supervision", 302, 302, 302, 403, 403, 404));
        rows.add(row("GET rubrics", "GET", "/meetings/rubrics", 200, 200, 200, 200, 200, 200));
        rows.add(row("POST rubric revision", "POST", "/meetings/rubrics", 200, 403, 403, 403, 403, 403));
        rows.add(row("API GET meetings of the cell", "API_GET", "/api/v1/meetings?organizationId={cellIn}", 200, 200, 200, 200, 200, 200));
        rows.add(row("API GET meetings out of scope", "API_GET", "/api/v1/meetings?organizationId={cellOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API GET meeting", "API_GET", "/api/v1/meetings/{in}", 200, 200, 200, 200, 200, 200));
        rows.add(row("API GET meeting out of scope", "API_GET", "/api/v1/meetings/{out}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API GET score", "API_GET", "/api/v1/meetings/{in}/score", 200, 200, 200, 200, 200, 200));
        rows.add(row("API POST meeting", "API_POST_MEETING", "/api/v1/meetings", 201, 201, 201, 403, 201, 404));
        rows.add(row("API PUT attendance", "API_PUT_ATTENDANCE", "/api/v1/meetings/{in}/attendance/{attIn}", 200, 200, 200, 403, 200, 403));
        rows.add(row("API PUT attendance out of scope", "API_PUT_ATTENDANCE", "/api/v1/meetings/{out}/attendance/{attOut}", 200, 200, 404, 404, 404, 404));
        rows.add(row("API POST contribution", "API_POST_CONTRIBUTION", "/api/v1/meetings/{in}/contributions", 201, 201, 201, 403, 201, 403));
        rows.add(row("API GET overview", "API_GET", "/api/v1/meetings/overview?organizationId={cellIn}", 200, 200, 200, 200, 200, 403));
        rows.add(row("API GET overview out of scope", "API_GET", "/api/v1/meetings/overview?organizationId={cellOut}", 200, 200, 404, 404, 404, 403));
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
        String resolved = url;
        for (var e : ids.entrySet()) {
            resolved = resolved.replace(e.getKey(), e.getValue());
        }
        String today = demo.today().toString();
        MockHttpServletRequestBuilder request = switch (kind) {
            case "GET" -> get(resolved).with(user(demo.user(account)));
            case "POST" -> post(resolved).with(user(demo.user(account))).with(csrf()).params(new LinkedMultiValueMap<>(formFor(resolved, today)));
            case "API_GET" -> get(resolved).with(httpBasic(account, "demo"));
            case "API_POST_MEETING" -> post(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"organizationId\":" + ids.get("{cellIn}") + ",\"kind\":\"EXTRAORDINARY\",\"date\":\"" + today
                            + "\",\"startTime\":\"06:00\"}");
            case "API_PUT_ATTENDANCE" -> put(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"attendance\":\"EXCUSED\",\"reason\":\"Đi công tác\"}");
            case "API_POST_CONTRIBUTION" -> post(resolved).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"attendeeId\":" + ids.get("{attIn}") + ",\"kind\":\"OPINION\",\"content\":\"Thống nhất với dự thảo\"}");
            default -> throw new IllegalArgumentException(kind);
        };
        mvc.perform(request).andExpect(status().is(expected));
    }

    private Map<String, List<String>> formFor(String url, String today) {
        if (url.endsWith("/supervision")) {
            return Map.of("candidate", List.of(candidateValue), "fromDate", List.of(today));
        }
        if (url.endsWith("/meetings") && url.startsWith("/organizations/")) {
            return Map.of("kind", List.of("EXTRAORDINARY"), "date", List.of(today), "startTime", List.of("06:00"));
        }
        if (url.contains("/attendance/")) {
            return Map.of("attendance", List.of("PRESENT"));
        }
        if (url.endsWith("/contributions")) {
            String attendee = url.contains("/" + ids.get("{in}") + "/") ? ids.get("{attIn}") : ids.get("{attOut}");
            return Map.of("attendeeId", List.of(attendee), "kind", List.of("OPINION"), "content", List.of("Thống nhất"));
        }
        if (url.endsWith("/resolution")) {
            return Map.of("resolution", List.of("Nghị quyết"), "votesFor", List.of("1"));
        }
        if (url.endsWith("/items")) {
            return Map.of("content", List.of("Kiểm tra vũ khí"));
        }
        if (url.endsWith("/scores")) {
            return Map.of("values[ORDER]", List.of("9"));
        }
        if (url.endsWith("/rubrics")) {
            return Map.of("json", List.of("{}"));
        }
        return Map.of();
    }
}
