package vn.chibo.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Two identical creates sent at the same moment make one record; the other is answered 409 with the message the
 * service's own check gives. The database's unique constraints back each check. The records made here are removed.
 */
@IntegrationTest
class DoubleSubmissionTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;
    @LocalServerPort
    int port;

    /** Sends the same request from two threads released together; returns the two responses. */
    List<HttpResponse<String>> twice(String path, String json) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", ADMIN).header("Content-Type", "application/json")
                                    .header("Accept-Language", "vi").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : sent) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    static void oneCreatedOneRefused(List<HttpResponse<String>> responses, String message) {
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        assertThat(responses).filteredOn(r -> r.statusCode() == 409).singleElement()
                .satisfies(r -> assertThat(r.body()).contains(message));
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void twoIdenticalAwardSubmissionsRecordOneAward() throws Exception {
        long cell = demo.sampleCell();
        String body = """
                {"organizationId": %d, "type": "COMMENDATION", "level": "GRASSROOTS", "decisionNumber": "77-QĐ/ĐÔI",
                 "decisionDate": "2026-11-20", "issuedBy": "Đảng ủy", "reason": "Hoàn thành xuất sắc nhiệm vụ"}
                """.formatted(cell);
        try {
            oneCreatedOneRefused(twice("/api/v1/recognition/awards", body), "đã được ghi trong quyết định số này");
            assertThat(count("select count(*) from award_record where decision_number = '77-QĐ/ĐÔI'")).isEqualTo(1);
        } finally {
            jdbc.sql("delete from award_record where decision_number = '77-QĐ/ĐÔI'").update();
        }
    }

    @Test
    void twoIdenticalBulkAwardSubmissionsRecordTheListOnce() throws Exception {
        long cell = demo.sampleCell();
        String cellName = jdbc.sql("select name from organization where id = ?").param(cell).query(String.class).single();
        String body = """
                {"scopeOrganizationId": %d, "type": "COMMENDATION", "level": "GRASSROOTS", "decisionNumber": "78-QĐ/ĐÔI",
                 "decisionDate": "2026-11-20", "issuedBy": "Đảng ủy", "reason": "Hoàn thành xuất sắc nhiệm vụ",
                 "recipients": "%s"}
                """.formatted(cell, cellName);
        try {
            List<HttpResponse<String>> responses = twice("/api/v1/recognition/awards/bulk", body);
            assertThat(responses).extracting(HttpResponse::statusCode).contains(201).doesNotContain(500);
            assertThat(responses).filteredOn(r -> r.statusCode() != 201).singleElement()
                    .satisfies(r -> assertThat(r.statusCode()).isIn(409, 422));
            assertThat(count("select count(*) from award_record where decision_number = '78-QĐ/ĐÔI'")).isEqualTo(1);
        } finally {
            jdbc.sql("delete from award_record where decision_number = '78-QĐ/ĐÔI'").update();
        }
    }

    @Test
    void twoIdenticalRegularMeetingsMakeOneMeetingInTheMonth() throws Exception {
        long cell = demo.sampleCell();
        String body = """
                {"organizationId": %d, "kind": "REGULAR", "date": "2027-10-05", "startTime": "14:00", "place": "Hội trường"}
                """.formatted(cell);
        try {
            oneCreatedOneRefused(twice("/api/v1/meetings", body), "Tháng 10/2027 đã có buổi sinh hoạt thường kỳ");
            assertThat(count("select count(*) from meeting where organization_id = ? and period = '2027-10'", cell)).isEqualTo(1);
        } finally {
            jdbc.sql("delete from meeting_attendee where meeting_id in (select id from meeting where organization_id = ?"
                    + " and period = '2027-10')").param(cell).update();
            jdbc.sql("delete from meeting where organization_id = ? and period = '2027-10'").param(cell).update();
        }
    }

    @Test
    void twoIdenticalMemberRegistrationsMakeOneRegistration() throws Exception {
        long programme = demo.memberProgramme();
        long member = jdbc.sql("""
                        select min(p.id) from person p join programme_subject s on s.organization_id = p.organization_id
                        where s.programme_id = ? and p.party_status in ('OFFICIAL', 'PROBATIONARY')
                          and not exists (select 1 from registration r where r.programme_id = ? and r.person_id = p.id)""")
                .param(programme).param(programme).query(Long.class).single();
        try {
            oneCreatedOneRefused(twice("/api/v1/programmes/" + programme + "/members/" + member + "/registration",
                    "{\"registeredOn\": \"2026-11-20\", \"meetingReference\": \"Biên bản sinh hoạt tháng 11\"}"), "đã đăng ký");
            assertThat(count("select count(*) from registration where programme_id = ? and person_id = ?", programme, member))
                    .isEqualTo(1);
        } finally {
            jdbc.sql("delete from registration where programme_id = ? and person_id = ?").param(programme).param(member).update();
        }
    }

    @Test
    void twoIdenticalCandidateOpeningsMakeOneOpenRecord() throws Exception {
        long person = jdbc.sql("""
                        select min(p.id) from person p where p.party_status = 'MASS'
                          and not exists (select 1 from development_candidate c where c.person_id = p.id)""")
                .query(Long.class).single();
        try {
            oneCreatedOneRefused(twice("/api/v1/development/candidates", "{\"personId\": " + person + "}"),
                    "đang có hồ sơ phát triển đảng");
            assertThat(count("select count(*) from development_candidate where person_id = ?", person)).isEqualTo(1);
        } finally {
            jdbc.sql("delete from development_event where candidate_id in (select id from development_candidate where person_id = ?)")
                    .param(person).update();
            jdbc.sql("delete from development_candidate where person_id = ?").param(person).update();
        }
    }

    @Test
    void theDatabaseRefusesASecondAwardOfOneDecisionToOneRecipientWhateverTheService() {
        var award = new java.util.LinkedHashMap<>(
                jdbc.sql("select * from award_record order by id fetch first 1 rows only").query().singleRow());
        award.remove("id");
        String columns = String.join(", ", award.keySet());
        StringBuilder values = new StringBuilder();
        award.keySet().forEach(k -> values.append(values.isEmpty() ? "" : ", ").append(":").append(k));
        assertThatThrownBy(() -> jdbc.sql("insert into award_record (" + columns + ") values (" + values + ")")
                .params(award).update()).isInstanceOf(DuplicateKeyException.class);
    }
}
