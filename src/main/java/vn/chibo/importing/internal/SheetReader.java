package vn.chibo.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.chibo.shared.text.VietnameseText;

/**
 * Reads the data sheet of an import file row by row (fastexcel, streamed: the workbook is never built in memory),
 * finds the header row, and hands on every non-empty row with its cleaned values. Formula cells give their cached
 * result (a formula without one is an error); text in a legacy Vietnamese encoding is converted with a warning.
 */
final class SheetReader {

    /** What was read: the sheet's name, whether dates count from 1904, and the data rows. */
    record ReadSheet(String name, boolean date1904, List<SourceRow> rows) {
    }

    static final int PROGRESS_EVERY = 1000;

    private SheetReader() {
    }

    /** The reading was stopped (the import was cancelled). */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    /**
     * @param sheetNames the sheet names the kind accepts, in order of preference; when none is found the first
     *                   sheet is taken if its header row has the required columns
     * @param headers    accepted header spellings ({@link VietnameseText#searchKey}) → column
     */
    static ReadSheet read(byte[] content, List<String> sheetNames, Map<String, Column> headers, List<Column> columns,
                          ImportLimits limits, Issues issues) {
        return read(content, sheetNames, headers, columns, limits, issues, done -> true);
    }

    /** Every {@value #PROGRESS_EVERY} rows {@code progress} hears the rows read so far; false stops the reading. */
    static ReadSheet read(byte[] content, List<String> sheetNames, Map<String, Column> headers, List<Column> columns,
                          ImportLimits limits, Issues issues, java.util.function.IntPredicate progress) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = findSheet(workbook, sheetNames);
            issues.sheet(sheet.getName());
            try (Stream<Row> stream = sheet.openStream()) {
                return readRows(sheet.getName(), workbook.isDate1904(), stream.iterator(), headers, columns, limits, issues,
                        progress);
            }
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw new ImportRefused("import.refused.unreadable");
        }
    }

    private static Sheet findSheet(ReadableWorkbook workbook, List<String> sheetNames) {
        List<Sheet> sheets = workbook.getSheets().toList();
        for (String name : sheetNames) {
            String wanted = VietnameseText.searchKey(name);
            Optional<Sheet> found = sheets.stream().filter(s -> wanted.equals(VietnameseText.searchKey(s.getName()))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (sheets.isEmpty()) {
            throw new ImportRefused("import.refused.noSheet", sheetNames.get(0));
        }
        return sheets.get(0);
    }

    private static ReadSheet readRows(String sheetName, boolean date1904, Iterator<Row> rows, Map<String, Column> headers,
                                      List<Column> columns, ImportLimits limits, Issues issues,
                                      java.util.function.IntPredicate progress) {
        Map<Integer, Column> byIndex = null;
        List<SourceRow> data = new ArrayList<>();
        boolean formulaSeen = false;
        LegacyText legacy = new LegacyText(issues);
        while (rows.hasNext()) {
            Row row = rows.next();
            if (byIndex == null) {
                if (!isEmpty(row)) {
                    byIndex = header(row, headers, columns, sheetName);
                }
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<Integer, Column> entry : byIndex.entrySet()) {
                Cell cell = entry.getKey() < row.getCellCount() ? row.getCell(entry.getKey()) : null;
                String text = text(cell, row.getRowNum(), entry.getValue(), issues, legacy);
                if (cell != null && cell.getType() == CellType.FORMULA && !formulaSeen) {
                    formulaSeen = true;
                    issues.warning(row.getRowNum(), entry.getValue().key(), "import.warning.formula");
                }
                if (text != null) {
                    values.put(entry.getValue().key(), text);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            if (data.size() >= limits.maxRows()) {
                throw new ImportRefused("import.refused.tooManyRows", limits.maxRows());
            }
            data.add(new SourceRow(row.getRowNum(), values));
            if (data.size() % PROGRESS_EVERY == 0 && !progress.test(data.size())) {
                throw new Cancelled();
            }
        }
        if (byIndex == null) {
            throw new ImportRefused("import.refused.noHeader", sheetName);
        }
        legacy.report();
        return new ReadSheet(sheetName, date1904, data);
    }

    private static Map<Integer, Column> header(Row row, Map<String, Column> headers, List<Column> columns, String sheetName) {
        Map<Integer, Column> byIndex = new LinkedHashMap<>();
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            Column column = headers.get(VietnameseText.searchKey(cell.getText().replace("*", "")));
            if (column != null && !byIndex.containsValue(column)) {
                byIndex.put(cell.getColumnIndex(), column);
            }
        }
        List<String> missing = columns.stream().filter(Column::required).filter(c -> !byIndex.containsValue(c))
                .map(Column::key).toList();
        if (!missing.isEmpty()) {
            throw new MissingColumns(sheetName, missing);
        }
        return byIndex;
    }

    /** The required columns the header row lacks (keys); the caller names them in the user's language. */
    static final class MissingColumns extends RuntimeException {
        final String sheet;
        final List<String> keys;

        MissingColumns(String sheet, List<String> keys) {
            super("missing columns " + keys);
            this.sheet = sheet;
            this.keys = keys;
        }
    }

    private static String text(Cell cell, int rowNumber, Column column, Issues issues, LegacyText legacy) {
        if (cell == null) {
            return null;
        }
        String raw = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> plain(cell.getRawValue());
            case FORMULA -> formulaValue(cell, rowNumber, column, issues);
            case ERROR -> {
                issues.error(rowNumber, column.key(), "import.error.cellError", cell.getRawValue());
                yield null;
            }
            default -> cell.getText();
        };
        return legacy.convert(VietnameseText.clean(raw), rowNumber, column);
    }

    private static String formulaValue(Cell cell, int rowNumber, Column column, Issues issues) {
        String cached = cell.getRawValue();
        if (cached == null || cached.isBlank()) {
            issues.error(rowNumber, column.key(), "import.error.formulaWithoutValue", cell.getFormula());
            return null;
        }
        return cached.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? plain(cached) : cached;
    }

    /** Excel stores 12345678901 as 1.2345678901E10 at times: give the plain digits. */
    private static String plain(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return number;
        }
    }

    private static boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (cell != null && cell.getType() != CellType.EMPTY && VietnameseText.clean(cell.getText()) != null) {
                return false;
            }
        }
        return true;
    }
}
