package vn.chibo.recognition.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.recognition.internal.AwardLevel;
import vn.chibo.recognition.internal.AwardType;
import vn.chibo.recognition.internal.DisciplineMeasure;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;

/** Exports the award and discipline registers exactly as filtered on screen (all pages) to XLSX, streamed. */
@Controller
class RegisterExportController {

    private static final String[] DISCIPLINE_COLUMNS = {"recognition.export.no", "recognition.subject", "recognition.kind",
            "recognition.organization", "recognition.discipline.measure", "recognition.decisionNumber",
            "recognition.decisionDate", "recognition.issuedBy", "recognition.reason", "recognition.discipline.selfDetected",
            "recognition.discipline.leadershipCollective"};
    private static final String[] AWARD_COLUMNS = {"recognition.export.no", "recognition.recipient", "recognition.kind",
            "recognition.organization", "recognition.award.type", "recognition.award.level", "recognition.decisionNumber",
            "recognition.decisionDate", "recognition.issuedBy", "recognition.reason", "recognition.award.campaign"};

    private final RegisterQuery query;
    private final MessageSource messages;
    private final Clock clock;

    RegisterExportController(RegisterQuery query, MessageSource messages, Clock clock) {
        this.query = query;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/recognition/discipline/export.xlsx")
    void discipline(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String form, @RequestParam(required = false) Integer fromYear,
                    @RequestParam(required = false) Integer toYear, @RequestParam(required = false) Long orgId,
                    HttpServletResponse response) throws IOException {
        RegisterFilter filter = RegisterParams.filter(q, kind, form, null, fromYear, toYear, null, orgId, 0,
                DisciplineMeasure.values(), null);
        write(RegisterQuery.Register.DISCIPLINE, filter, DISCIPLINE_COLUMNS, "recognition.export.disciplineSheet",
                "so-ky-luat", response);
    }

    @GetMapping("/recognition/awards/export.xlsx")
    void awards(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String form, @RequestParam(required = false) String level,
                @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
                @RequestParam(required = false) String campaign, @RequestParam(required = false) Long orgId,
                HttpServletResponse response) throws IOException {
        RegisterFilter filter = RegisterParams.filter(q, kind, form, level, fromYear, toYear, campaign, orgId, 0,
                AwardType.values(), AwardLevel.values());
        write(RegisterQuery.Register.AWARD, filter, AWARD_COLUMNS, "recognition.export.awardSheet", "so-khen-thuong", response);
    }

    private void write(RegisterQuery.Register register, RegisterFilter filter, String[] columns, String sheetKey,
                       String fileName, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text(sheetKey, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(text(columns[c], locale));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, c == 1 || c == 3 || c == 8 || c == 9 ? 32 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] n = {0};
            vn.chibo.shared.document.XlsxDates dates = new vn.chibo.shared.document.XlsxDates(workbook);
            query.forEach(register, filter, row -> {
                n[0]++;
                Row line = sheet.createRow(n[0]);
                if (register == RegisterQuery.Register.DISCIPLINE) {
                    disciplineRow(line, n[0], row, locale);
                    dates.write(line, 6, row.decisionDate());
                } else {
                    awardRow(line, n[0], row, locale);
                    dates.write(line, 7, row.decisionDate());
                }
            });
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "-" + LocalDate.now(clock) + ".xlsx\"");
            workbook.write(response.getOutputStream());
        }
    }

    private void disciplineRow(Row line, int number, RegisterQuery.Row row, Locale locale) {
        line.createCell(0).setCellValue(number);
        line.createCell(1).setCellValue(row.subjectName());
        line.createCell(2).setCellValue(text("recognition.kind." + row.kind(), locale));
        line.createCell(3).setCellValue(row.organizationName());
        line.createCell(4).setCellValue(text("recognition.measure." + row.form(), locale));
        line.createCell(5).setCellValue(row.decisionNumber());
        line.createCell(7).setCellValue(empty(row.issuedBy()));
        line.createCell(8).setCellValue(empty(row.reason()));
        line.createCell(9).setCellValue(row.selfDetected() ? text("recognition.yes", locale) : "");
        line.createCell(10).setCellValue(row.leadershipCollective() ? text("recognition.yes", locale) : "");
    }

    private void awardRow(Row line, int number, RegisterQuery.Row row, Locale locale) {
        line.createCell(0).setCellValue(number);
        line.createCell(1).setCellValue(row.subjectName());
        line.createCell(2).setCellValue(text("recognition.kind." + row.kind(), locale));
        line.createCell(3).setCellValue(row.organizationName());
        line.createCell(4).setCellValue(text("recognition.awardType." + row.form(), locale));
        line.createCell(5).setCellValue(text("recognition.awardLevel." + row.level(), locale));
        line.createCell(6).setCellValue(row.decisionNumber());
        line.createCell(8).setCellValue(empty(row.issuedBy()));
        line.createCell(9).setCellValue(empty(row.reason()));
        line.createCell(10).setCellValue(empty(row.campaign()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
