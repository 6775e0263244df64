package vn.chibo.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the rulebooks ChiBo ships, so that calculator tests judge by the real content. */
public final class ShippedRulebookFixtures {

    private ShippedRulebookFixtures() {
    }

    public static RulebookDefinition definition(String file) {
        try (InputStream in = ShippedRulebookFixtures.class.getResourceAsStream("/rulebooks/" + file)) {
            return RulebookJson.parseDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8)).definition();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
