package vn.chibo.importing.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.chibo.importing.ImportFiles;

/** Files that are not a plain, reasonable XLSX are refused before any XML parser sees them, each with its own message. */
class WorkbookGuardTest {

    static final ImportLimits DEFAULTS = new ImportLimits(null, null, null, null);
    static final byte[] WORKBOOK = ImportFiles.people(List.of(List.of("Nguyễn Văn A", "01/01/1990", "Nam")));

    static void refused(byte[] content, ImportLimits limits, String key) {
        assertThatThrownBy(() -> WorkbookGuard.check(content, limits))
                .isInstanceOf(ImportRefused.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void aWorkbookMadeByExcelOrPoiPasses() {
        assertThatCode(() -> WorkbookGuard.check(WORKBOOK, DEFAULTS)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyFileIsRefused() {
        refused(new byte[0], DEFAULTS, "import.refused.empty");
    }

    @Test
    void aFileOverTheConfiguredSizeIsRefused() {
        refused(WORKBOOK, new ImportLimits(DataSize.ofBytes(WORKBOOK.length - 1), null, null, null), "import.refused.tooLarge");
    }

    @Test
    void textRenamedToXlsxIsNotAWorkbook() {
        refused("Họ và tên;Ngày sinh\n".getBytes(StandardCharsets.UTF_8), DEFAULTS, "import.refused.notXlsx");
    }

    @Test
    void aZipWithoutAWorkbookIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        refused(out.toByteArray(), DEFAULTS, "import.refused.notXlsx");
    }

    @Test
    void anExcel97FileIsRefusedWithAHintToSaveAsXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
            fs.writeFilesystem(out);
        }
        refused(out.toByteArray(), DEFAULTS, "import.refused.xls");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(WORKBOOK);
            }
            fs.writeFilesystem(out);
        }
        refused(out.toByteArray(), DEFAULTS, "import.refused.encrypted");
    }

    @Test
    void aZipBombIsRefusedByWhatItReallyInflatesTo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = out.toByteArray();
        refused(bomb, DEFAULTS, "import.refused.zipBomb");
        refused(bomb, new ImportLimits(null, DataSize.ofMegabytes(10), 100_000, null), "import.refused.zipBomb");
        assertThatCode(() -> WorkbookGuard.check(bomb, new ImportLimits(null, DataSize.ofMegabytes(100), 100_000, null)))
                .as("within both limits").doesNotThrowAnyException();
    }
}
