package vn.chibo.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.statistics.ReviewPeriod;
import vn.chibo.support.IntegrationTest;

/** The award register import: preview errors by row and column, exact commit, all or nothing, round trip of the export. */
@IntegrationTest
class AwardsImportTest extends RegisterImportCase {

    static final List<String> HEADER = List.of("Đối tượng được khen thưởng", "Đối tượng", "Thuộc tổ chức",
            "Số CCCD / số hiệu quân nhân", "Ngày sinh", "Hình thức khen thưởng", "Cấp khen thưởng", "Số quyết định",
            "Ngày quyết định", "Cơ quan ra quyết định", "Lý do", "Phong trào, mô hình");

    static byte[] file(List<List<String>> rows) {
        return ImportFiles.sheet("Sổ khen thưởng", HEADER, rows);
    }

    /** A row for a member of the sample cell named by name, birth date and cell. */
    List<String> row(ImportCalls.Member m, String form, String number, String date) {
        return List.of(m.fullName(), "Cá nhân", calls.path(demo.sampleCell()), "", m.birth(), form, "Cấp cơ sở (trung đoàn, huyện)",
                number, date, "Đảng ủy Trung đoàn", "Hoàn thành xuất sắc nhiệm vụ", "Nhập thử khen thưởng");
    }

    long awards(String decisionNumber) {
        return jdbc.sql("select count(*) from award_record where decision_number = :n").param("n", decisionNumber)
                .query(Long.class).single();
    }

    @Test
    void thePreviewListsABadDateAnUnknownPersonAnOrganizationOutsideTheScopeABadFormAndADuplicateRow() throws Exception {
        ImportCalls.Member m = calls.member(0);
        byte[] file = file(List.of(
                row(m, "Bằng khen", "KT-LOI-1", "31/02/2024"),
                List.of("Người Không Có Thật", "Cá nhân", calls.path(demo.sampleCell()), "", "", "Bằng khen",
                        "Quân khu", "KT-LOI-1", "01/03/2024", "", "Lý do", ""),
                List.of("Chi bộ ngoài", "Tập thể", String.valueOf(demo.cellOutsideDivision()), "", "", "Bằng khen",
                        "Quân khu", "KT-LOI-1", "01/03/2024", "", "Lý do", ""),
                row(m, "Huân chương vàng", "KT-LOI-1", "01/03/2024"),
                row(m, "Giấy khen", "KT-LOI-2", "01/03/2024"),
                row(m, "giay khen", "KT-LOI-2", "01/03/2024")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "awards", "loi.xlsx", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.rows").value(6))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].sheet").value("Sổ khen thưởng"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày quyết định"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Dòng 2, cột 'Ngày quyết định': ngày 31/02/2024 không hợp lệ (ghi dạng dd/MM/yyyy)."))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("Đối tượng được khen thưởng"))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("Người Không Có Thật")))
                .andExpect(jsonPath("$.errors[2].row").value(4))
                .andExpect(jsonPath("$.errors[2].column").value("Thuộc tổ chức"))
                .andExpect(jsonPath("$.errors[2].message").value(Matchers.containsString("phạm vi")))
                .andExpect(jsonPath("$.errors[3].row").value(5))
                .andExpect(jsonPath("$.errors[3].column").value("Hình thức khen thưởng"))
                .andExpect(jsonPath("$.errors[3].message").value(Matchers.containsString("Huân chương vàng")))
                .andExpect(jsonPath("$.errors[4].row").value(7))
                .andExpect(jsonPath("$.errors[4].message").value(Matchers.containsString("trùng với dòng 6"))));
        calls.commit("canbo.sudoan", id).andExpect(status().isConflict());
        assertThat(awards("KT-LOI-2")).isZero();
    }

    @Test
    void aCleanFileCreatesExactlyItsAwardsWhichTheReviewFiguresOfTheYearCountAndAgainMatchesThem() throws Exception {
        int year = demo.today().getYear() - 1;
        signIn("canbo.sudoan");
        Number before = reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(year)).figures().get("awards.individual");
        Number collectiveBefore = reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(year)).figures().get("awards.collective");
        SecurityContextHolder.clearContext();
        String date = "15/06/" + year;
        byte[] file = file(List.of(
                row(calls.member(0), "Bằng khen", "KT-SACH-1", date),
                row(calls.member(1), "Giấy khen", "KT-SACH-1", date),
                List.of(calls.path(demo.sampleCell()), "Tập thể", "", "", "", "Cờ thi đua", "Quân khu", "KT-SACH-1", date,
                        "", "Đơn vị dẫn đầu phong trào", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "awards", "sach.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.errors.length()").value(0)));
        assertThat(awards("KT-SACH-1")).as("the preview writes nothing").isZero();
        calls.commit("canbo.sudoan", id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMMITTED"));
        assertThat(awards("KT-SACH-1")).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from award_record where decision_number = 'KT-SACH-1' and person_id = :p"
                        + " and award_form = 'CERTIFICATE_OF_MERIT' and issuing_level = 'GRASSROOTS'")
                .param("p", calls.member(0).id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT' and entity_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        long awardId = jdbc.sql("select id from award_record where decision_number = 'KT-SACH-1' and recipient_kind = 'ORGANIZATION'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/imports/created").param("entityType", "AwardRecord").param("entityId", String.valueOf(awardId))
                .with(user(demo.user("canbo.sudoan")))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));

        signIn("canbo.sudoan");
        var figures = reviews.review(demo.sampleCell(), ReviewPeriod.ofYear(year)).figures();
        assertThat(figures.get("awards.individual").longValue()).isEqualTo(before.longValue() + 2);
        assertThat(figures.get("awards.collective").longValue()).isEqualTo(collectiveBefore.longValue() + 1);
        SecurityContextHolder.clearContext();

        calls.upload("canbo.sudoan", "awards", "sach-lan-2.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
    }

    @Test
    void aFailureFoundInTheLastRowAtCommitWritesNothing() throws Exception {
        calls.commit("canbo.sudoan", ImportCalls.id(calls.upload("canbo.sudoan", "people", "nguoi.xlsx", ImportFiles.people(List.of(
                List.of("Hà Văn Chuyển Đi", "03/03/1993", "Nam", "079300000123", "Đảng viên chính thức", "03/03/2015",
                        "03/03/2016", calls.path(demo.sampleCell())))))))
                .andExpect(status().isOk());
        byte[] file = file(List.of(
                row(calls.member(0), "Giấy khen", "KT-CUOI-1", "01/02/2025"),
                row(calls.member(1), "Giấy khen", "KT-CUOI-1", "01/02/2025"),
                List.of("Hà Văn Chuyển Đi", "Cá nhân", "", "079300000123", "", "Giấy khen", "Quân khu", "KT-CUOI-1",
                        "01/02/2025", "", "Lý do", "")));
        long id = ImportCalls.id(calls.upload("canbo.sudoan", "awards", "cuoi.xlsx", file)
                .andExpect(jsonPath("$.status").value("READY")).andExpect(jsonPath("$.created").value(3)));
        long outside = demo.cellOutsideDivision();
        jdbc.sql("update person set organization_id = :o, org_path = :p where identity_number = '079300000123'")
                .param("o", outside).param("p", demo.pathOf(outside)).update();
        calls.commit("canbo.sudoan", id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("INVALID"))
                .andExpect(jsonPath("$.errors[0].row").value(4));
        assertThat(awards("KT-CUOI-1")).isZero();
    }

    @Test
    void theRegistersOwnExportReimportsWithNoChanges() throws Exception {
        byte[] file = file(List.of(
                row(calls.member(0), "Bằng khen", "KT-VONG-1", "10/10/2025"),
                List.of(calls.path(demo.sampleCell()), "Tập thể", "", "", "", "Giấy khen", "Quân khu", "KT-VONG-1",
                        "10/10/2025", "", "Đơn vị tiên tiến", "Nhập thử khen thưởng")));
        calls.commit("canbo.sudoan", ImportCalls.id(calls.upload("canbo.sudoan", "awards", "a.xlsx", file)))
                .andExpect(status().isOk());
        byte[] export = mvc.perform(get("/recognition/awards/export.xlsx").with(user(demo.user("canbo.sudoan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long total = jdbc.sql("select count(*) from award_record where org_path like :p").param("p", demo.pathOf(demo.division()) + "%")
                .query(Long.class).single();
        calls.upload("canbo.sudoan", "awards", "so-khen-thuong.xlsx", export)
                .andExpect(jsonPath("$.errors.length()").value(0))
                .andExpect(jsonPath("$.status").value("READY"))
                .andExpect(jsonPath("$.rows").value((int) total))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value((int) total));
    }

    @Test
    void theInspectionCommissionMayNotImportAwards() throws Exception {
        calls.upload("kiemtra", "awards", "x.xlsx", file(List.of(row(calls.member(0), "Giấy khen", "KT-X", "01/01/2025"))))
                .andExpect(status().isForbidden());
    }

    void signIn(String username) {
        UserDetails user = demo.user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
