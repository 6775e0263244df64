package vn.chibo.people.web;

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
import vn.chibo.people.PartyPosition;
import vn.chibo.people.internal.PersonFilter;
import vn.chibo.people.internal.PersonListRow;
import vn.chibo.people.internal.PersonQuery;

/** Exports the people list exactly as filtered on screen (all pages) to XLSX, streamed. */
@Controller
class PersonExportController {

    private static final String[] COLUMNS = {"person.export.no", "person.fullName", "person.birthDate", "person.gender",
            "person.identityNumber", "person.militaryRank", "person.positionTitle", "person.partyStatus",
            "person.admittedOn", "person.officialSince", "person.organization"};

    private final PersonQuery query;
    private final MessageSource messages;
    private final Clock clock;

    PersonExportController(PersonQuery query, MessageSource messages, Clock clock) {
        this.query = query;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/people/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) Long orgId, @RequestParam(required = false) PartyPosition role,
                HttpServletResponse response) throws IOException {
        PersonFilter filter = new PersonFilter(q, PersonController.sanitize(status), orgId, role, 0, PersonFilter.MAX_SIZE);
        Locale locale = LocaleContextHolder.getLocale();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("person.export.sheet", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(messages.getMessage(COLUMNS[c], null, locale));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, c == 1 || c == 10 ? 32 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] n = {0};
            vn.chibo.shared.document.XlsxDates dates = new vn.chibo.shared.document.XlsxDates(workbook);
            query.forEach(filter, person -> writeRow(sheet.createRow(++n[0]), n[0], person, locale, dates));
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"danh-sach-" + LocalDate.now(clock) + ".xlsx\"");
            workbook.write(response.getOutputStream());
        }
    }

    private void writeRow(Row row, int number, PersonListRow person, Locale locale, vn.chibo.shared.document.XlsxDates dates) {
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(person.fullName());
        dates.write(row, 2, person.birthDate());
        row.createCell(3).setCellValue(messages.getMessage("gender." + person.gender(), null, locale));
        row.createCell(4).setCellValue(nullToEmpty(person.identityNumber()));
        row.createCell(5).setCellValue(nullToEmpty(person.militaryRank()));
        row.createCell(6).setCellValue(nullToEmpty(person.positionTitle()));
        row.createCell(7).setCellValue(messages.getMessage("partyStatus." + person.partyStatus(), null, locale));
        dates.write(row, 8, person.admittedOn());
        dates.write(row, 9, person.officialSince());
        row.createCell(10).setCellValue(person.organizationName());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
