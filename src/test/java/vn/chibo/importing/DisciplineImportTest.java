package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The discipline register import: the form's rules per row, exact commit, all or nothing, round trip of the export. */
@IntegrationTest
class DisciplineImportTest extends RegisterImportCase {

    static final List<String> HEADER = List.of("Đối tượng bị kỷ luật", "Đối tượng", "Thuộc tổ chức",
            "Số CCCD / số hiệu quân nhân", "Ngày sinh", "Hình thức kỷ luật", "Số quyết định", "Ngày quyết định",
            "Cơ quan ra quyết định", "Lý do", "Tự phát hiện, khắc phục", "Kỷ luật tập thể lãnh đạo");

    /** The committed decisions go, so that later tests meet the demo's register as it was (its sample cell has none). */
    @AfterEach
    void removeCommittedDecisions() {
        jdbc.sql("delete from discipline_record where decision_number like 'KL-%'").update();
    }

    static byte[] file(List<List<String>> rows) {
        return ImportFiles.sheet("Sổ kỷ luật", HEADER, rows);
    }

    List<String> row(ImportCalls.Member m, String measure, String number, String date) {
        return List.of(m.fullName(), "Cá nhân", calls.path(demo.sampleCell()), "", m.birth(), measure, number, date,
                "Ủy ban kiểm tra", "Vi phạm quy định sinh hoạt đảng", "", "");
    }

    long records(String decisionNumber) {
        return jdbc.sql("select count(*) from discipline_record where decision_number = :n").param("n", decisionNumber)
                .query(Long.class).single();
    }

    @Test
    void thePreviewListsBadDatesUnknownPeopleOutsideOrganizationsMeasuresThatDoNotFitAndDuplicates() throws Exception {
        ImportCalls.Member m = calls.member(0);
        byte[] file = file(List.of(
                row(m, "Khiển trách", "KL-LOI-1", "2024-13-01"),
                row(new ImportCalls.Member(0, "Ai Đó Không Có", null, null), "Khiển trách", "KL-LOI-1", "01/03/2024"),
                List.of("Chi bộ ngoài", "Tập thể", String.valueOf(demo.cellOutsideDivision()), "", "", "Khiển trách",
                        "KL-LOI-1", "01/03/2024", "", "Lý do", "", ""),
                row(m, "Giải tán", "KL-LOI-2", "01/03/2024"),
                row(m, "Khiển trách", "KL-LOI-3", "01/03/2024"),
                row(m, "Khiển trách", "KL-LOI-3", "01/03/2024")));
        long id = ImportCalls.id(calls.upload("kiemtra", "discipline", "loi.xlsx", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày quyết định"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("Ai Đó Không Có")))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("Thuộc tổ chức"))
                .andExpect(jsonPath("$.errors[3].row").value(5))
                .andExpect(jsonPath("$.errors[3].column").value("Hình thức kỷ luật"))
                .andExpect(jsonPath("$.errors[3].message").value(Matchers.containsString("không áp dụng cho đảng viên")))
                .andExpect(jsonPath("$.errors[4].row").value(7)));
        calls.commit("kiemtra", id).andExpect(status().isConflict());
        assertThat(records("KL-LOI-3")).isZero();
    }

    @Test
    void aCleanFileCreatesExactlyItsDecisionsCountedByTheReviewFiguresAndMatchedOnASecondImport() throws Exception {
        int year = demo.today().getYear() - 1;
        signIn("kiemtra");
        long before = reviews.review(demo.scopeOf("kiemtra"), ReviewPeriod.ofYear(year)).figures().get("discipline.total").longValue();
        SecurityContextHolder.clearContext();
        byte[] file = file(List.of(
                row(calls.member(0), "Khiển trách", "KL-SACH-1", "20/05/" + year),
                List.of(calls.path(demo.sampleCell()), "Tập thể", "", "", "", "Cảnh cáo", "KL-SACH-2", "21/05/" + year,
                        "", "Buông lỏng lãnh đạo", "Có", "Có")));
        long id = ImportCalls.id(calls.upload("kiemtra", "discipline", "sach.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.created").value(2)));
        assertThat(records("KL-SACH-1") + records("KL-SACH-2")).isZero();
        calls.commit("kiemtra", id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        assertThat(records("KL-SACH-1")).isEqualTo(1);
        // self-detection is a member's matter: the form drops it for a collective, and so does the import
        assertThat(jdbc.sql("select count(*) from discipline_record where decision_number = 'KL-SACH-2' and discipline_form = 'WARNING'"
                + " and leadership_collective = true and self_detected = false").query(Long.class).single()).isEqualTo(1);
        signIn("kiemtra");
        assertThat(reviews.review(demo.scopeOf("kiemtra"), ReviewPeriod.ofYear(year)).figures().get("discipline.total").longValue())
                .isEqualTo(before + 2);
        SecurityContextHolder.clearContext();
        calls.upload("kiemtra", "discipline", "lai.xlsx", file)
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));
    }

    @Test
    void aFailureFoundInTheLastRowAtCommitWritesNothing() throws Exception {
        calls.commit("canbo.sudoan", ImportCalls.id(calls.upload("canbo.sudoan", "people", "nguoi.xlsx", ImportFiles.people(List.of(
                List.of("Lò Văn Rời Đi", "04/04/1994", "Nam", "079400000456", "Đảng viên chính thức", "04/04/2016",
                        "04/04/2017", calls.path(demo.sampleCell())))))))
                .andExpect(status().isOk());
        byte[] file = file(List.of(
                row(calls.member(0), "Khiển trách", "KL-CUOI-1", "01/02/2025"),
                List.of("Lò Văn Rời Đi", "Cá nhân", "", "079400000456", "", "Cảnh cáo", "KL-CUOI-1", "01/02/2025", "",
                        "Lý do", "", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "discipline", "cuoi.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")));
        long outside = demo.cellOutsideDivision();
        jdbc.sql("update person set organization_id = :o, org_path = :p where identity_number = '079400000456'")
                .param("o", outside).param("p", demo.pathOf(outside)).update();
        calls.commit("canbo.sudoan", id).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].row").value(3));
        assertThat(records("KL-CUOI-1")).isZero();
    }

    @Test
    void theRegistersOwnExportReimportsWithNoChanges() throws Exception {
        byte[] export = mvc.perform(get("/recognition/discipline/export.xlsx").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long total = jdbc.sql("select count(*) from discipline_record where org_path like :p")
                .param("p", demo.pathOf(demo.division()) + "%").query(Long.class).single();
        assertThat(total).isPositive();
        calls.upload("canbo.sudoan", "discipline", "so-ky-luat.xlsx", export)
                .andExpect(jsonPath("$.errors.length()").value(0))
                .andExpect(jsonPath("$.rows").value((int) total))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value((int) total));
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
