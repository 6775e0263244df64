package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/** A second regular meeting in a month is refused with the month the Vietnamese way and a link to the meeting it has. */
@IntegrationTest
@Transactional
class RegularMeetingTakenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    private long existingRegular(long cell) {
        return jdbc.sql("select id from meeting where organization_id = :o and kind = 'REGULAR' and status <> 'CANCELLED'"
                + " order by meeting_date desc").param("o", cell).query(Long.class).list().get(0);
    }

    private LocalDate dateOf(long meeting) {
        return jdbc.sql("select meeting_date from meeting where id = :id").param("id", meeting).query(LocalDate.class).single();
    }

    @Test
    void theFormSaysWhichMonthAndLinksToTheMeetingThatMonthAlreadyHas() throws Exception {
        long cell = demo.scopeOf("bithu");
        long existing = existingRegular(cell);
        LocalDate day = dateOf(existing);
        String html = mvc.perform(post("/organizations/" + cell + "/meetings").with(user(demo.user("bithu"))).with(csrf())
                        .param("kind", "REGULAR").param("date", String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(),
                                day.getYear()))
                        .param("startTime", "7h30").param("place", "Hội trường"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(String.format("Tháng %02d/%d đã có buổi sinh hoạt thường kỳ.", day.getMonthValue(), day.getYear()))
                .contains("href=\"/meetings/" + existing + "\"");
    }

    @Test
    void theApiProblemCarriesTheLinkToo() throws Exception {
        SecurityContextHolder.clearContext();
        long cell = demo.scopeOf("bithu");
        long existing = existingRegular(cell);
        LocalDate day = dateOf(existing);
        String body = mvc.perform(post("/api/v1/meetings").with(httpBasic("bithu", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + cell + ",\"kind\":\"REGULAR\",\"date\":\"" + day + "\",\"startTime\":\"07:30\"}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"link\":\"/meetings/" + existing + "\"");
    }
}
