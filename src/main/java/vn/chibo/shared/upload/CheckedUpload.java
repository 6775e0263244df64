package vn.chibo.shared.upload;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * An uploaded file that passed the checks every upload gets: not empty, not larger than allowed, an
 * allowed extension whose first bytes match it (a renamed executable is not a PDF), and a safe file
 * name (NFC, no path characters, at most 255 characters).
 */
public record CheckedUpload(String filename, String contentType, byte[] content) {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The message keys a module uses for the three refusals: empty, too large ({0} = MB), wrong type. */
    public record Messages(String empty, String tooLarge, String type) {
    }

    public static CheckedUpload check(String originalName, byte[] content, int maxBytes, Set<String> extensions,
                                      Messages messages) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", messages.empty());
        }
        if (content.length > maxBytes) {
            throw new BusinessRuleException("file", messages.tooLarge(), maxBytes / (1024 * 1024));
        }
        String filename = VietnameseText.clean(originalName == null ? "" : originalName.replaceAll("[\\\\/:*?\"<>|]", "_"));
        String extension = filename == null || !filename.contains(".") ? ""
                : filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String contentType = TYPES.get(extension);
        if (contentType == null || !extensions.contains(extension) || !looksLike(extension, content)) {
            throw new BusinessRuleException("file", messages.type());
        }
        String name = filename.length() > 255 ? filename.substring(filename.length() - 255) : filename;
        return new CheckedUpload(name, contentType, content);
    }

    /** The first bytes must match the claimed kind: %PDF, JPEG SOI, PNG signature, or a ZIP container for Office files. */
    static boolean looksLike(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> starts(content, 0x25, 0x50, 0x44, 0x46);
            case "jpg", "jpeg" -> starts(content, 0xFF, 0xD8, 0xFF);
            case "png" -> starts(content, 0x89, 0x50, 0x4E, 0x47);
            case "docx", "xlsx" -> starts(content, 0x50, 0x4B, 0x03, 0x04);
            default -> false;
        };
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
