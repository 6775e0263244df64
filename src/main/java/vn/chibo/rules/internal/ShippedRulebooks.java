package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Installs the rulebooks ChiBo ships with ({@code classpath:rulebooks/*.json}) on every start where
 * they are missing, in production as in the demo. Installed rulebooks are never overwritten: units
 * adapt them by copying, and new official texts arrive as new codes or revisions.
 */
@Component
@Order(0)
class ShippedRulebooks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedRulebooks.class);

    private final RulebookRepository rulebooks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShippedRulebooks(RulebookRepository rulebooks, TransactionTemplate transaction, Clock clock) {
        this.rulebooks = rulebooks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:rulebooks/*.json");
        transaction.executeWithoutResult(status -> {
            for (Resource file : files) {
                install(file);
            }
        });
    }

    private void install(Resource file) {
        RulebookJson.Document document;
        try (InputStream in = file.getInputStream()) {
            document = RulebookJson.parseDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read shipped rulebook " + file.getFilename(), e);
        }
        if (rulebooks.existsByCode(document.code())) {
            return;
        }
        var problems = RulebookJson.problems(document.kind(), document.definition());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Shipped rulebook " + file.getFilename() + " is invalid: " + problems.get(0)[0]);
        }
        rulebooks.save(new Rulebook(document.code(), 1, document.kind(), document.subjectKind(), document.nameVi(),
                document.nameEn(), document.description(), document.yearFrom(), document.yearTo(), null, null, null,
                Rulebook.Status.PUBLISHED, RulebookJson.write(document.definition()), "system", clock.instant()));
        log.info("Installed rulebook {}", document.code());
    }
}
