package vn.chibo.rules.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.ModelCriteria;

/** The shared emulation models' criteria and indicators in force in a year, from the latest published revision of each. */
@Component
@Transactional(readOnly = true)
class ModelCriteriaQuery implements ModelCriteria {

    private final RulebookRepository rulebooks;
    private final RulebookService service;

    ModelCriteriaQuery(RulebookRepository rulebooks, RulebookService service) {
        this.rulebooks = rulebooks;
        this.service = service;
    }

    @Override
    public List<Criterion> inForce(int year) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Rulebook> latest = new LinkedHashMap<>();
        rulebooks.findAllByOrderByKindAscCodeAscRevisionDesc().stream()
                .filter(r -> r.getKind() == Rulebook.Kind.EMULATION_MODEL && r.getStatus() == Rulebook.Status.PUBLISHED)
                .filter(r -> r.getOwnerOrgId() == null)
                .filter(r -> r.getYearFrom() <= year && (r.getYearTo() == null || r.getYearTo() >= year))
                .forEach(r -> latest.putIfAbsent(r.getCode(), r));
        List<Criterion> criteria = new ArrayList<>();
        latest.values().stream().sorted(Comparator.comparing(Rulebook::getCode)).forEach(rulebook -> {
            String model = "en".equals(locale.getLanguage()) ? rulebook.getNameEn() : rulebook.getNameVi();
            for (RulebookDefinition.Criterion criterion : service.definition(rulebook).criteria()) {
                criteria.add(new Criterion(rulebook.getCode(), model, criterion.code(), criterion.name().in(locale)));
                for (RulebookDefinition.Indicator indicator : criterion.indicators()) {
                    criteria.add(new Criterion(rulebook.getCode(), model, indicator.code(), indicator.name().in(locale)));
                }
            }
        });
        return criteria;
    }
}
