package vn.chibo.importing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The XLSX template of a kind: the data sheet with the Vietnamese headers, text-formatted cells (so that identity
 * numbers keep their leading zeros and dates are not reinterpreted), drop-down lists for the columns with fixed
 * values, a help sheet explaining every column and an example sheet with one filled-in row.
 */
@Component
public class TemplateWorkbooks implements ImportTemplateSource {

    /** Rows of the data sheet that get the drop-down lists. */
    private static final int VALIDATED_ROWS = 10_000;

    private final ImportChecker checker;
    private final Spellings spellings;

    TemplateWorkbooks(ImportChecker checker, Spellings spellings) {
        this.checker = checker;
        this.spellings = spellings;
    }

    @Override
    public byte[] template(ImportKind kindName) {
        KindImport kind = checker.kind(kindName);
        List<Column> columns = kind.columns();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet data = workbook.createSheet(spellings.vi(kind.sheetKey()));
            header(data, columns, bold);
            for (int c = 0; c < columns.size(); c++) {
                data.setDefaultColumnStyle(c, text);
                if (!columns.get(c).choices().isEmpty()) {
                    dropDown(data, c, columns.get(c));
                }
            }
            data.createFreezePane(0, 1);
            help(workbook.createSheet(spellings.vi("import.sheet.help")), columns, bold);
            Sheet example = workbook.createSheet(spellings.vi("import.sheet.example"));
            header(example, columns, bold);
            Row row = example.createRow(1);
            Map<String, String> values = kind.example();
            for (int c = 0; c < columns.size(); c++) {
                row.createCell(c).setCellValue(values.getOrDefault(columns.get(c).key(), ""));
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(Sheet sheet, List<Column> columns, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            head.createCell(c).setCellValue(spellings.vi(column.headerKey()) + (column.required() ? " *" : ""));
            head.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, Math.min(60, Math.max(16, spellings.vi(column.headerKey()).length() + 4)) * 256);
        }
    }

    private void dropDown(Sheet sheet, int columnIndex, Column column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] values = column.choices().stream().map(spellings::vi).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, VALIDATED_ROWS, columnIndex, columnIndex));
        validation.setShowErrorBox(true);
        validation.createErrorBox(spellings.vi(column.headerKey()), spellings.vi("import.template.pickFromList"));
        sheet.addValidationData(validation);
    }

    private void help(Sheet sheet, List<Column> columns, CellStyle bold) {
        Row intro = sheet.createRow(0);
        intro.createCell(0).setCellValue(spellings.vi("import.template.intro"));
        Row head = sheet.createRow(2);
        String[] titles = {"import.template.column", "import.template.required", "import.template.meaning",
            "import.template.allowed"};
        for (int c = 0; c < titles.length; c++) {
            head.createCell(c).setCellValue(spellings.vi(titles[c]));
            head.getCell(c).setCellStyle(bold);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Row row = sheet.createRow(3 + i);
            row.createCell(0).setCellValue(spellings.vi(column.headerKey()));
            row.createCell(1).setCellValue(spellings.vi(column.required() ? "import.template.yes" : "import.template.no"));
            row.createCell(2).setCellValue(spellings.vi(column.helpKey()));
            row.createCell(3).setCellValue(String.join("; ", column.choices().stream().map(spellings::vi).toList()));
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        sheet.setColumnWidth(3, 60 * 256);
    }
}
