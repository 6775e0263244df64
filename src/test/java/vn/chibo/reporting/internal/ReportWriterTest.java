package vn.chibo.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.chibo.statistics.Review;

/** What the review report says, written from a hand-built review. */
class ReportWriterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final ReportWriter.Issuer REGION = new ReportWriter.Issuer("Đảng bộ Quân khu", null, false);

    private static ReportContent region() {
        return SampleReviews.writer().content(SampleReviews.region(), REGION, TODAY);
    }

    @Test
    void theNarrativeTellsTheSeedArticlesFiguresInVietnameseNumberFormat() {
        String body = region().bodyText();
        assertThat(body).contains("đã phân công 19.000 cán bộ, đảng viên dìu dắt 62.000 quần chúng bằng hình thức sinh hoạt tổ 3 người")
                .contains("có 7.252 quần chúng ưu tú được kết nạp vào Đảng")
                .contains("Có 6.950 cán bộ, đảng viên dìu dắt quần chúng được khen thưởng")
                .contains("Có 3.855 tập thể và 28.696 cá nhân được khen thưởng")
                .contains("Kết quả có 2.416 chi bộ đạt “5 tốt” và 28.601 đảng viên đạt “5 tốt”.")
                .contains("chi bộ hoàn thành tốt và xuất sắc nhiệm vụ đạt 94,2% (2.290/2.431)")
                .contains("đảng viên hoàn thành tốt và xuất sắc nhiệm vụ đạt 97,1%")
                .contains("đơn vị vững mạnh toàn diện “mẫu mực, tiêu biểu” đạt 84,2%")
                .as("a share's numerator and denominator are told with it, not again as lines")
                .doesNotContain(SampleReviews.text().label("classification.cells.decided") + ":");
    }

    @Test
    void theHeaderFieldsNameTheIssuerThePeriodAndTheDay() {
        ReportContent content = SampleReviews.writer().content(SampleReviews.region(),
                new ReportWriter.Issuer("Sư đoàn 1", "Đảng bộ Quân khu", false), TODAY);
        assertThat(content.field(Placeholder.CO_QUAN)).isEqualTo("SƯ ĐOÀN 1");
        assertThat(content.field(Placeholder.CAP_TREN)).isEqualTo("ĐẢNG BỘ QUÂN KHU");
        assertThat(content.field(Placeholder.NGAY_THANG)).isEqualTo("ngày 06 tháng 12 năm 2026");
        assertThat(content.field(Placeholder.DIA_DANH)).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(content.field(Placeholder.TRICH_YEU)).startsWith("Sơ kết 3 năm (2024–2026)");
        assertThat(content.field(Placeholder.NOI_NHAN)).isEqualTo("- Đảng bộ Quân khu (để báo cáo);\n"
                + "- Các tổ chức đảng trực thuộc;\n- Lưu: Văn thư.");
        assertThat(content.field(Placeholder.THAY_MAT)).isEqualTo("T/M ĐẢNG ỦY");
        assertThat(content.field(Placeholder.NGUON_SO_LIEU)).isEqualTo("Số liệu tính đến ngày 06/12/2026.");
    }

    @Test
    void theSubjectFollowsThePeriodOneYearSeveralYearsOrARange() {
        ReportWriter writer = SampleReviews.writer();
        assertThat(writer.content(with(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), REGION, TODAY)
                .field(Placeholder.TRICH_YEU)).startsWith("Tổng kết năm 2026");
        assertThat(writer.content(with(LocalDate.of(2019, 6, 16), LocalDate.of(2022, 6, 15)), REGION, TODAY)
                .field(Placeholder.TRICH_YEU)).endsWith("từ ngày 16/06/2019 đến ngày 15/06/2022");
    }

    @Test
    void outstandingUnitsAreTheBestByTheDocumentedRuleAndNamed() {
        ReportWriter writer = SampleReviews.writer();
        // Tây Ninh is at or above the whole too, but three units name one (a third)
        List<Review.Row> best = new UnitHighlights(SampleReviews.text(), SampleReviews.region()).outstanding();
        assertThat(best).extracting(r -> r.organization().name()).containsExactly("Sư đoàn 1");
        assertThat(writer.content(SampleReviews.region(), REGION, TODAY).bodyText())
                .contains("Nổi bật là các đơn vị: Sư đoàn 1 (chi bộ HTTNV trở lên 100% (50/50); đảng viên HTTNV trở lên 98,5%)")
                .doesNotContain("Nổi bật là các đơn vị: Sư đoàn 2");
    }

    @Test
    void shortcomingsNameTheUnitsBelowTheWholeAndTheOverdueAndFlatWork() {
        String body = region().bodyText();
        assertThat(body).contains("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên thấp hơn mức chung (94,2%) ở: Sư đoàn 2: 88% (44/50).")
                .contains(label("inspection.remediationOverdue") + ": 3; nhiều nhất ở: Sư đoàn 2 (3).")
                .contains(label("meetings.flat") + ": 12; nhiều nhất ở: Sư đoàn 2 (9); Bộ CHQS tỉnh Tây Ninh (3).");
    }

    @Test
    void tablesByUnitCarryEveryUnitTheOwnRowAndTheTotalWithADashForAMissingFigure() {
        ReportContent.Table table = (ReportContent.Table) region().body().stream()
                .filter(b -> b instanceof ReportContent.Table t && t.headers().get(0).equals("Đơn vị")).findFirst().orElseThrow();
        assertThat(table.rows()).extracting(r -> r.get(0))
                .containsExactly("Sư đoàn 1", "Sư đoàn 2", "Bộ CHQS tỉnh Tây Ninh", "Đảng bộ Quân khu (trực tiếp)", "Tổng cộng");
        assertThat(table.rows().get(0)).contains("8.000").contains("–");
        assertThat(table.rows().get(4)).contains("22.385", "19.000", "62.000");
    }

    @Test
    void missingFiguresAreLeftOutNeverPrintedAsNullOrZero() {
        String body = SampleReviews.writer().content(SampleReviews.sparse(), new ReportWriter.Issuer("Chi bộ Đại đội 1",
                "Đảng bộ Tiểu đoàn 1", true), TODAY).bodyText();
        assertThat(body).contains("Đến cuối kỳ có 9 đảng viên.").doesNotContain("null").doesNotContain(" 0 ")
                .doesNotContain("Mô hình “Cán bộ").doesNotContain("tổ 3 người").doesNotContain("ĐƠN VỊ NỔI BẬT").doesNotContain("SỐ LIỆU THEO ĐƠN VỊ")
                .contains("Số liệu trong kỳ chưa cho thấy đơn vị nào thấp hơn mức chung");
    }

    @Test
    void theSameReviewGivesTheSameText() {
        ReportWriter writer = SampleReviews.writer();
        String first = writer.content(SampleReviews.region(), REGION, TODAY).bodyText();
        String later = writer.content(SampleReviews.region(), REGION, TODAY.plusDays(30)).bodyText();
        assertThat(later).isEqualTo(first);
    }

    @Test
    void aLockedPeriodSaysWhenAndByWhomItsFiguresWereLocked() {
        Review open = SampleReviews.region();
        Review locked = new Review(open.organization(), open.from(), open.to(), open.figures(), open.years(), open.rows(),
                new Review.Lock(7, java.time.Instant.parse("2026-12-01T02:30:00Z"), "Nguyễn Văn An"), List.of());
        ReportContent content = SampleReviews.writer().content(locked, REGION, TODAY);
        assertThat(content.field(Placeholder.NGUON_SO_LIEU)).isEqualTo("Số liệu đã chốt lúc 09:30 ngày 01/12/2026, người chốt: Nguyễn Văn An.");
        assertThat(content.bodyText()).isEqualTo(region().bodyText());
    }

    /** The figure's label as the statistics module names it ({@code figure.<key>}), else its key. */
    private static String label(String key) {
        return SampleReviews.text().label(key);
    }

    private static Review with(LocalDate from, LocalDate to) {
        return new Review(new Review.Unit(1, "Đảng bộ Quân khu"), from, to, Map.of("people.members", 10L), new TreeMap<>(),
                List.of(), null, List.of());
    }
}
