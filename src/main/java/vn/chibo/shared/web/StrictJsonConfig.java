package vn.chibo.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import vn.chibo.shared.text.ControlCharacters;

/**
 * API bodies are read strictly: dates only as ISO strings (a number such as -1 is not a day of 1969), whole
 * numbers only where ids and counts are expected (1.5 is refused, not truncated to 1), and no control
 * characters in any text. Each refusal becomes a 400 problem naming the field.
 */
@Configuration
class StrictJsonConfig {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.DateTime, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("chibo-text").addDeserializer(String.class, new PlainTextDeserializer()));
    }

    /** Jackson's own string reading, refusing control characters other than tab and line breaks. */
    static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (ControlCharacters.present(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "control characters are not allowed");
            }
            return text;
        }
    }
}
