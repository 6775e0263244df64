package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.IntegrationTest;

/** The mentoring register import: the rulebook's rules per row (a mentor's maximum, groups of three), exact commit. */
@IntegrationTest
class MentoringImportTest extends RegisterImportCase {

    static final List<String> HEADER = List.of("Người dìu dắt", "Số CCCD người dìu dắt", "Người được dìu dắt",
            "Số CCCD người được dìu dắt", "Ngày sinh người được dìu dắt", "Đơn vị", "Ngày bắt đầu", "Ngày kết thúc",
            "Mục tiêu, nội dung giúp đỡ");

    static byte[] file(List<List<String>> rows) {
        return ImportFiles.sheet("Phân công dìu dắt", HEADER, rows);
    }

    /** A new official member (the mentor) and new masses of the sample cell, by the people import. */
    void people(String prefix, String mentor, int masses) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(mentor, "01/01/1985", "Nam", prefix + "00", "Đảng viên chính thức", "01/01/2010", "01/01/2011",
                calls.path(demo.sampleCell())));
        for (int i = 1; i <= masses; i++) {
            rows.add(List.of("Quần Chúng " + prefix + " Số " + i, "0" + i + "/02/2004", "Nam", prefix + "0" + i, "Quần chúng",
                    "", "", calls.path(demo.sampleCell())));
        }
        calls.commit("canbo.sudoan", ImportCalls.id(calls.upload("canbo.sudoan", "people", "nguoi.xlsx", ImportFiles.people(rows))))
                .andExpect(status().isOk());
    }

    List<String> row(String prefix, int mass, String start, String end) {
        return List.of("", prefix + "00", "", prefix + "0" + mass, "", "", start, end, "Giúp đỡ phấn đấu");
    }

    long assignments(String mentorIdentity) {
        return jdbc.sql("select count(*) from mentoring_assignment a join person p on p.id = a.mentor_person_id"
                + " where p.identity_number = :n").param("n", mentorIdentity).query(Long.class).single();
    }

    @Test
    void thePreviewListsBadDatesUnknownPeopleOutsideUnitsDuplicatesAndAMentorAboveTheRulebooksMaximum() throws Exception {
        String p = "0797100000";
        people(p, "Dìu Văn Dắt Lỗi", 6);
        byte[] file = file(List.of(
                row(p, 1, "31/04/2025", ""),
                List.of("Dìu Văn Dắt Lỗi", "", "Không Có Người Này", "", "", calls.path(demo.sampleCell()), "01/03/2025", "", ""),
                List.of("", p + "00", "", p + "02", "", String.valueOf(demo.cellOutsideDivision()), "01/03/2025", "", ""),
                row(p, 2, "01/03/2025", ""),
                row(p, 2, "01/03/2025", ""),
                row(p, 3, "01/03/2025", ""),
                row(p, 4, "01/03/2025", ""),
                row(p, 5, "01/03/2025", ""),
                row(p, 6, "01/03/2025", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "mentoring", "loi.xlsx", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày bắt đầu"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("Người được dìu dắt"))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("Đơn vị"))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].message").value(Matchers.containsString("trùng với dòng 5")))
                .andExpect(jsonPath("$.errors[4].row").value(10))
                .andExpect(jsonPath("$.errors[4].column").value("Người dìu dắt"))
                .andExpect(jsonPath("$.errors[4].message").value(Matchers.containsString("đã dìu dắt đủ 4 người"))));
        calls.commit("canbo.sudoan", id).andExpect(status().isConflict());
        assertThat(assignments(p + "00")).isZero();
    }

    @Test
    void aCleanFileCreatesItsAssignmentsInGroupsOfThreeAndPastOnesEndedAndMatchesThemAgain() throws Exception {
        String p = "0797200000";
        people(p, "Dìu Văn Dắt Sạch", 4);
        int year = demo.today().getYear();
        signIn("canbo.sudoan");
        long before = reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(year)).figures().get("mentoring.mentees").longValue();
        SecurityContextHolder.clearContext();
        byte[] file = file(List.of(
                row(p, 1, "01/03/" + year, ""),
                row(p, 2, "01/03/" + year, ""),
                row(p, 3, "01/03/" + year, ""),
                row(p, 4, "01/02/" + (year - 2), "01/12/" + (year - 2))));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "mentoring", "sach.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.created").value(4)));
        assertThat(assignments(p + "00")).as("the preview writes nothing").isZero();
        calls.commit("canbo.sudoan", id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        assertThat(assignments(p + "00")).isEqualTo(4);
        long mentor = jdbc.sql("select id from person where identity_number = :n").param("n", p + "00").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from mentoring_group where mentor_person_id = :m and ended_on is null")
                .param("m", mentor).query(Long.class).single()).as("three mentees: groups of a mentor and two").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from mentoring_assignment where mentor_person_id = :m and end_date is not null")
                .param("m", mentor).query(Long.class).single()).isEqualTo(1);
        signIn("canbo.sudoan");
        assertThat(reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(year)).figures().get("mentoring.mentees").longValue())
                .isEqualTo(before + 3);
        SecurityContextHolder.clearContext();
        calls.upload("canbo.sudoan", "mentoring", "lai.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(4));
    }

    @Test
    void aFailureFoundInTheLastRowAtCommitWritesNothing() throws Exception {
        String p = "0797300000";
        people(p, "Dìu Văn Dắt Cuối", 2);
        byte[] file = file(List.of(row(p, 1, "01/03/2025", ""), row(p, 2, "01/03/2025", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "mentoring", "cuoi.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")));
        jdbc.sql("update person set party_status = 'OFFICIAL', admitted_on = date '2025-05-01' where identity_number = :n")
                .param("n", p + "02").update();
        calls.commit("canbo.sudoan", id).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(assignments(p + "00")).isZero();
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
