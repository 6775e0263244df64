package vn.chibo.rules.internal;

import java.nio.charset.StandardCharsets;
import vn.chibo.rules.RulebookJson;
import vn.chibo.shared.web.BusinessRuleException;

/** A rulebook exchange file as uploaded: its format by name, its content as checked UTF-8 text. */
public final class RulebookFile {

    private RulebookFile() {
    }

    /** The format a file name announces: .json, or .yaml/.yml; anything else is refused. */
    public static RulebookJson.Format formatOf(String filename) {
        String name = filename == null ? "" : filename.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return RulebookJson.Format.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return RulebookJson.Format.YAML;
        }
        throw new BusinessRuleException("file", "rulebook.error.fileType");
    }

    /** The file as UTF-8 text without a byte order mark; binary content (NUL bytes, invalid UTF-8) is refused. */
    public static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new BusinessRuleException("file", "rulebook.error.notText");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BusinessRuleException("file", "rulebook.error.notText");
        }
    }
}
