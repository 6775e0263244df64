package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Every main page of every role, in Vietnamese, reads as Party work rather than software: no ISO
 * dates or months ("2026-12-06", "2026-12", "2026-Q3"), no AM/PM, no decimal points in numbers
 * (97.5 rather than 97,5), no account names where a person is meant, no developer words.
 */
@IntegrationTest
class VietnameseWordingTest {

    private static final Map<String, Pattern> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("ISO date", Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b"));
        PROBLEMS.put("ISO month or quarter", Pattern.compile("\\b(19|20)\\d{2}-(0[1-9]|1[0-2]|Q[1-4])\\b"));
        PROBLEMS.put("AM/PM", Pattern.compile("\\b\\d{1,2}(:\\d{2})?\\s?(AM|PM|am|pm)\\b"));
        PROBLEMS.put("decimal point", Pattern.compile("(?<![\\w.,/])\\d{1,3}\\.\\d{1,2}(?![\\d.])"));
        PROBLEMS.put("account name", Pattern.compile("\\((bithu|canbo|canbo\\.sudoan|dangvien|kiemtra|admin|system)\\)|\\bsystem\\b"));
        PROBLEMS.put("developer word", Pattern.compile("\\b(null|undefined|NaN|true|false|TODO|Exception|N/A)\\b|\\(đề xuất\\)"
                + "|khi phân hệ tương ứng được triển khai"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMainPageOfEveryRoleReadsTheVietnameseWay() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> pages = pages();
        for (String account : List.of("canbo", "kiemtra", "bithu", "dangvien", "admin")) {
            for (String url : account.equals("admin") ? List.of("/", "/admin/audit", "/admin/accounts") : pages) {
                MockHttpServletResponse response = mvc.perform(get(url).with(user(demo.user(account)))).andReturn().getResponse();
                if (response.getStatus() != 200 || response.getContentType() == null
                        || !response.getContentType().startsWith("text/html")) {
                    continue;
                }
                String text = visibleText(response.getContentAsString());
                PROBLEMS.forEach((kind, pattern) -> {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        int from = Math.max(0, m.start() - 40);
                        int to = Math.min(text.length(), m.end() + 40);
                        problems.add(account + " " + url + " — " + kind + ": …" + text.substring(from, to).replaceAll("\\s+", " ") + "…");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    private List<String> pages() {
        long cell = demo.sampleCell();
        long division = demo.division();
        long region = demo.scopeOf("canbo");
        long self = demo.personOf("dangvien");
        long programme = demo.memberProgramme();
        List<String> pages = new ArrayList<>(List.of("/", "/organizations", "/organizations/" + cell, "/organizations/" + division,
                "/people", "/people?orgId=" + cell, "/people/" + self, "/people/" + demo.personOf("bithu"), "/meetings",
                "/organizations/" + cell + "/meetings", "/meetings/overview", "/meetings/overview?organizationId=" + region,
                "/organizations/" + cell + "/supervision", "/programmes", "/programmes/" + programme,
                "/registrations/" + demo.memberRegistration(programme, self), "/classification", "/rulebooks",
                "/mentoring", "/mentoring/board", "/mentoring/mine", "/mentoring/organizations/" + cell,
                "/mentoring/organizations/" + region, "/mentoring/rules", "/development", "/development/board",
                "/development/rules", "/development/organizations/" + cell + "/candidates", "/inspections",
                "/inspections/worklist", "/inspections/findings", "/inspections/board", "/recognition/awards",
                "/recognition/discipline", "/recognition/good-examples"));
        first("select id from meeting where organization_id = :o and status = 'CLOSED' order by meeting_date desc", cell)
                .ifPresent(id -> pages.add("/meetings/" + id));
        first("select id from meeting where organization_id = :o and status = 'PLANNED' order by meeting_date", cell)
                .ifPresent(id -> pages.add("/meetings/" + id));
        jdbc.sql("select id from classification_round order by round_year desc").query(Long.class).list().stream().limit(2)
                .forEach(id -> pages.add("/classification/" + id));
        jdbc.sql("select id from programme order by id").query(Long.class).list().stream().limit(4)
                .forEach(id -> pages.add("/programmes/" + id));
        first("select id from mentoring_group where organization_id = :o order by id", cell).ifPresent(id -> pages.add("/mentoring/groups/" + id));
        first("select id from development_candidate where org_path like '%/' || :o || '/%' order by id", region)
                .ifPresent(id -> pages.add("/development/candidates/" + id));
        first("select id from inspection where 0 < :o order by id desc", 1L).ifPresent(id -> pages.add("/inspections/" + id));
        first("select id from inspection_finding where 0 < :o order by id desc", 1L)
                .ifPresent(id -> pages.add("/inspections/findings/" + id));
        first("select id from award_record where 0 < :o order by id desc", 1L).ifPresent(id -> pages.add("/recognition/awards/" + id));
        first("select id from rulebook where 0 < :o order by id", 1L).ifPresent(id -> pages.add("/rulebooks/" + id));
        return pages;
    }

    private java.util.Optional<Long> first(String sql, long parameter) {
        return jdbc.sql(sql).param("o", parameter).query(Long.class).list().stream().findFirst();
    }

    /**
     * What a reader sees: text outside tags, scripts, styles and comments, entities decoded. Editors
     * ({@code textarea}) and the JSON shown to rule administrators ({@code pre data-machine-text}) are
     * machine text on purpose.
     */
    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?is)<textarea.*?</textarea>", " ").replaceAll("(?is)<pre data-machine-text.*?</pre>", " ")
                .replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]+>", " ");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
    }
}
