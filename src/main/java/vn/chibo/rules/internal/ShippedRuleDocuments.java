package vn.chibo.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.RuleKind;

/**
 * Installs the rule documents ChiBo ships, of every kind (each kind names where its files lie), on every start
 * where their code is missing, in production as in the demo and before it loads. Installed documents are never
 * overwritten: units adapt them by revising, and new official texts arrive as new codes or revisions.
 */
@Component
@Order(0)
class ShippedRuleDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedRuleDocuments.class);

    private final List<RuleKind> kinds;
    private final RuleDocuments documents;
    private final TransactionTemplate transaction;

    ShippedRuleDocuments(List<RuleKind> kinds, RuleDocuments documents, TransactionTemplate transaction) {
        this.kinds = kinds;
        this.documents = documents;
        this.transaction = transaction;
    }

    /**
     * Kinds sharing a location (the two rulebook kinds) read its files in one pass, in file order, and the rulebook
     * kinds come first: ids are given as they always were.
     */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, List<RuleKind>> byLocation = new LinkedHashMap<>();
        kinds.stream().sorted(Comparator.comparingInt(k -> k.kind().ordinal()))
                .forEach(k -> byLocation.computeIfAbsent(k.shippedLocation(), l -> new ArrayList<>()).add(k));
        for (Map.Entry<String, List<RuleKind>> location : byLocation.entrySet()) {
            Resource[] files = resolver.getResources(location.getKey());
            transaction.executeWithoutResult(status -> {
                for (Resource file : files) {
                    location.getValue().forEach(kind -> install(kind, file));
                }
            });
        }
    }

    private void install(RuleKind kind, Resource file) {
        RuleKind.ShippedRule shipped;
        try (InputStream in = file.getInputStream()) {
            shipped = kind.readShipped(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read shipped rules " + file.getFilename(), e);
        }
        if (shipped == null) {
            return;
        }
        try {
            kind.checkedBody(shipped.body());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Shipped rules " + file.getFilename() + " are invalid: " + e.getMessage(), e);
        }
        if (documents.installIfMissing(shipped)) {
            log.info("Installed {} rules {}", shipped.kind(), shipped.code());
        }
    }
}
