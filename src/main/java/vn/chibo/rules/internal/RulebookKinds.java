package vn.chibo.rules.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.rules.RuleKind;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookJson;

/** The two rulebook kinds (emulation models, classification rules): criteria trees shipped in {@code rulebooks/}. */
@Configuration
class RulebookKinds {

    @Bean
    RuleKind emulationModelKind() {
        return new RulebookKind(Rulebook.Kind.EMULATION_MODEL);
    }

    @Bean
    RuleKind classificationKind() {
        return new RulebookKind(Rulebook.Kind.CLASSIFICATION);
    }

    private record RulebookKind(Rulebook.Kind kind) implements RuleKind {

        @Override
        public String shippedLocation() {
            return "classpath:rulebooks/*.json";
        }

        @Override
        public ShippedRule readShipped(String text) {
            RulebookJson.Document document = RulebookJson.parseDocument(text);
            if (document.kind() != kind) {
                return null;
            }
            return new ShippedRule(kind, document.subjectKind(), document.code(), document.nameVi(), document.nameEn(),
                    document.description(), document.yearFrom(), document.yearTo(), null, RulebookJson.write(document.definition()));
        }

        @Override
        public String checkedBody(String json) {
            var problems = RulebookJson.problems(kind, RulebookJson.parse(json));
            if (!problems.isEmpty()) {
                throw new vn.chibo.shared.web.BusinessRuleException("definition", problems.get(0).messageKey());
            }
            return json;
        }

        @Override
        public String messagePrefix() {
            return "rulebook";
        }
    }
}
