package vn.chibo.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The checks an upload gets before any XML parser sees it: size, an OOXML zip container (not an encrypted or
 * Excel 97-2003 file), and what its entries really inflate to, counted while inflating rather than trusted from
 * the zip headers.
 */
final class WorkbookGuard {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** An encrypted OOXML file is an OLE2 container with this stream (its name in UTF-16LE). */
    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
    private static final int MAX_ENTRIES = 10_000;

    private WorkbookGuard() {
    }

    static void check(byte[] content, ImportLimits limits) {
        if (content == null || content.length == 0) {
            throw new ImportRefused("import.refused.empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new ImportRefused("import.refused.tooLarge", limits.maxFileSize().toMegabytes());
        }
        if (starts(content, OLE2)) {
            throw new ImportRefused(indexOf(content, ENCRYPTION_INFO) >= 0 ? "import.refused.encrypted" : "import.refused.xls");
        }
        if (!starts(content, ZIP)) {
            throw new ImportRefused("import.refused.notXlsx");
        }
        checkInflation(content, limits);
    }

    private static void checkInflation(byte[] content, ImportLimits limits) {
        long maxInflated = Math.min(limits.maxInflatedSize().toBytes(), (long) content.length * limits.maxInflateRatio());
        long inflated = 0;
        int entries = 0;
        boolean workbook = false;
        byte[] buffer = new byte[64 * 1024];
        // The central directory, as Excel and fastexcel read it: streamed writers (POI's SXSSF) put the sizes after the data.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportRefused("import.refused.zipBomb");
                }
                workbook |= "xl/workbook.xml".equals(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        inflated += n;
                        if (inflated > maxInflated) {
                            throw new ImportRefused("import.refused.zipBomb");
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportRefused("import.refused.notXlsx");
        }
        if (!workbook) {
            throw new ImportRefused("import.refused.notXlsx");
        }
    }

    private static boolean starts(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i <= content.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
