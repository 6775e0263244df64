package vn.chibo.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.chibo.evaluation.internal.RulebookDefinition;
import vn.chibo.evaluation.internal.RulebookJson;

/** Reads the rulebooks ChiBo ships, so that calculator tests judge by the real content. */
final class ShippedRulebookFixtures {

    private ShippedRulebookFixtures() {
    }

    static RulebookDefinition definition(String file) {
        try (InputStream in = ShippedRulebookFixtures.class.getResourceAsStream("/rulebooks/" + file)) {
            return RulebookJson.parseDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8)).definition();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
