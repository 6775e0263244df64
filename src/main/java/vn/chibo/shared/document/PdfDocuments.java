package vn.chibo.shared.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML page (usually a Thymeleaf template) to PDF with embedded DejaVu fonts, which
 * carry every Vietnamese glyph. Use {@code font-family: 'DejaVu Serif'} (official documents) or
 * {@code 'DejaVu Sans'} in the page's CSS.
 */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400);
            font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700);
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> {
            InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return in;
        }, family, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}
