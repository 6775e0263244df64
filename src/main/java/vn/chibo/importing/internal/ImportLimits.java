package vn.chibo.importing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits an uploaded workbook must keep ({@code chibo.import.*}): its size, what it may inflate to (a zip bomb
 * inflates a few kilobytes into gigabytes), and its rows.
 *
 * @param maxFileSize     largest upload
 * @param maxInflatedSize most bytes all entries of the workbook may inflate to
 * @param maxInflateRatio most inflated bytes per byte of file
 * @param maxRows         most data rows in one file
 */
@ConfigurationProperties("chibo.import")
public record ImportLimits(DataSize maxFileSize, DataSize maxInflatedSize, Integer maxInflateRatio, Integer maxRows) {

    public ImportLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxInflatedSize = maxInflatedSize == null ? DataSize.ofMegabytes(500) : maxInflatedSize;
        maxInflateRatio = maxInflateRatio == null ? 100 : maxInflateRatio;
        maxRows = maxRows == null ? 100_000 : maxRows;
    }
}
