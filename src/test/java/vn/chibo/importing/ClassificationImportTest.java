package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.IntegrationTest;

/**
 * Past classification results: refused for a year already decided, stored as decided entries of a closed round so
 * that the review figures of the year count them, all or nothing.
 */
@IntegrationTest
class ClassificationImportTest extends RegisterImportCase {

    static final List<String> HEADER = List.of("Năm", "Tổ chức đảng, đảng viên", "Đối tượng", "Thuộc tổ chức",
            "Số CCCD / số hiệu quân nhân", "Ngày sinh", "Mức xếp loại", "Số quyết định", "Ngày quyết định");

    /** The results committed here leave with the test: later tests meet the demo's rounds as they were. */
    @AfterEach
    void removeImportedResults() {
        jdbc.sql("delete from classification_entry where subject_kind = 'MEMBER' and subject_id in"
                + " (select id from person where identity_number = '079500000789')").update();
        jdbc.sql("delete from classification_entry where round_id in"
                + " (select id from classification_round where name like '%(nhập từ tệp)')").update();
        jdbc.sql("delete from classification_round where name like '%(nhập từ tệp)'").update();
    }

    static byte[] file(List<List<String>> rows) {
        return ImportFiles.sheet("Kết quả xếp loại", HEADER, rows);
    }

    /** A party member recorded now (by the people import), with no classification in any year. */
    void newMember(String name, String identity) throws Exception {
        calls.commit("canbo.sudoan", ImportCalls.id(calls.upload("canbo.sudoan", "people", "nguoi.xlsx", ImportFiles.people(List.of(
                List.of(name, "05/05/1995", "Nam", identity, "Đảng viên chính thức", "05/05/2017", "05/05/2018",
                        calls.path(demo.sampleCell())))))))
                .andExpect(status().isOk());
    }

    long entries(String identity) {
        return jdbc.sql("select count(*) from classification_entry e join person p on p.id = e.subject_id"
                + " where e.subject_kind = 'MEMBER' and p.identity_number = :n").param("n", identity).query(Long.class).single();
    }

    @Test
    void thePreviewRefusesABadYearAnUnknownPersonAnOutsideOrganizationABadGradeADuplicateAndAYearAlreadyDecided() throws Exception {
        int last = demo.today().getYear() - 1;
        ImportCalls.Member m = calls.member(0);
        String decided = jdbc.sql("select decided_grade from classification_entry where subject_kind = 'MEMBER' and subject_id = :p"
                + " and round_year = :y").param("p", m.id()).param("y", last).query(String.class).single();
        String other = decided.equals("GOOD") ? "Hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ";
        String cell = calls.path(demo.sampleCell());
        byte[] file = file(List.of(
                List.of("20x4", m.fullName(), "Cá nhân", cell, "", m.birth(), "Hoàn thành tốt nhiệm vụ", "", ""),
                List.of(String.valueOf(last), "Không Ai Cả", "Cá nhân", cell, "", "", "Hoàn thành tốt nhiệm vụ", "", ""),
                List.of(String.valueOf(last), "Chi bộ ngoài", "Tập thể", String.valueOf(demo.cellOutsideDivision()), "", "",
                        "Hoàn thành tốt nhiệm vụ", "", ""),
                List.of(String.valueOf(last), m.fullName(), "Cá nhân", cell, "", m.birth(), "Xuất sắc lắm", "", ""),
                List.of(String.valueOf(last), m.fullName(), "Cá nhân", cell, "", m.birth(), other, "", ""),
                List.of(String.valueOf(last), m.fullName(), "Cá nhân", cell, "", m.birth(), other, "", "")));
        calls.upload("canbo.sudoan", "classification", "loi.xlsx", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Năm"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("Thuộc tổ chức"))
                .andExpect(jsonPath("$.errors[3].row").value(5))
                .andExpect(jsonPath("$.errors[3].column").value("Mức xếp loại"))
                .andExpect(jsonPath("$.errors[4].row").value(6))
                .andExpect(jsonPath("$.errors[4].column").value("Mức xếp loại"))
                .andExpect(jsonPath("$.errors[4].message").value(Matchers.containsString("đã có kết quả xếp loại năm " + last)))
                .andExpect(jsonPath("$.errors[5].row").value(7))
                .andExpect(jsonPath("$.errors[5].message").value(Matchers.containsString("trùng với dòng 6")));
    }

    @Test
    void committedResultsAreDecidedEntriesOfAClosedRoundThatTheReviewFiguresOfTheYearCount() throws Exception {
        int last = demo.today().getYear() - 1;
        newMember("Mạc Văn Lịch Sử", "079500000789");
        signIn("canbo.sudoan");
        var before = reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(last)).figures();
        SecurityContextHolder.clearContext();
        String cell = calls.path(demo.sampleCell());
        byte[] file = file(List.of(
                List.of(String.valueOf(last), "Mạc Văn Lịch Sử", "Cá nhân", cell, "079500000789", "", "HTXSNV", "12/QĐ-ĐU",
                        "20/12/" + last),
                List.of(String.valueOf(last - 1), "Mạc Văn Lịch Sử", "đảng viên", "", "079500000789", "",
                        "Hoàn thành nhiệm vụ", "", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "classification", "lich-su.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.created").value(2)));
        assertThat(entries("079500000789")).as("the preview writes nothing").isZero();
        calls.commit("canbo.sudoan", id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        assertThat(entries("079500000789")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from classification_entry e join classification_round r on r.id = e.round_id"
                        + " join person p on p.id = e.subject_id where p.identity_number = '079500000789' and e.status = 'DECIDED'"
                        + " and r.status = 'CLOSED' and e.round_year = r.round_year").query(Long.class).single()).isEqualTo(2);

        signIn("canbo.sudoan");
        var after = reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(last)).figures();
        assertThat(after.get("classification.members.decided").longValue())
                .isEqualTo(before.get("classification.members.decided").longValue() + 1);
        assertThat(after.get("classification.members.excellent").longValue())
                .isEqualTo(before.get("classification.members.excellent").longValue() + 1);
        assertThat(after.get("classification.members.goodOrBetter").longValue())
                .isEqualTo(before.get("classification.members.goodOrBetter").longValue() + 1);
        SecurityContextHolder.clearContext();

        calls.upload("canbo.sudoan", "classification", "lai.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.unchanged").value(2));
        calls.upload("canbo.sudoan", "classification", "khac.xlsx", file(List.of(List.of(String.valueOf(last), "Mạc Văn Lịch Sử",
                        "Cá nhân", "", "079500000789", "", "Không hoàn thành nhiệm vụ", "", ""))))
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Hoàn thành xuất sắc nhiệm vụ")));
    }

    @Test
    void theCurrentYearIsNotImportedAndAFailureInTheLastRowAtCommitWritesNothing() throws Exception {
        int last = demo.today().getYear() - 1;
        newMember("Tạ Văn Đầu", "079600000111");
        newMember("Tạ Văn Cuối", "079600000222");
        calls.upload("canbo.sudoan", "classification", "nam-nay.xlsx", file(List.of(List.of(String.valueOf(last + 1),
                        "Tạ Văn Đầu", "", "", "079600000111", "", "Hoàn thành nhiệm vụ", "", ""))))
                .andExpect(jsonPath("$.errors[0].column").value("Năm"));
        byte[] file = file(List.of(
                List.of(String.valueOf(last), "Tạ Văn Đầu", "", "", "079600000111", "", "Hoàn thành nhiệm vụ", "", ""),
                List.of(String.valueOf(last), "Tạ Văn Cuối", "", "", "079600000222", "", "Hoàn thành nhiệm vụ", "", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "classification", "cuoi.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")));
        long outside = demo.cellOutsideDivision();
        jdbc.sql("update person set organization_id = :o, org_path = :p where identity_number = '079600000222'")
                .param("o", outside).param("p", demo.pathOf(outside)).update();
        calls.commit("canbo.sudoan", id).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(entries("079600000111")).isZero();
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
