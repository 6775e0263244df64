package vn.chibo.classification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.document.TableWorkbook;

/**
 * A classification round as the page shows it (within the organization filter): the cards of each kind of subject on
 * one sheet, the units on another; shares beside their numerator and denominator.
 */
@Controller
class ClassificationRoundExport {

    private static final List<String> KINDS = List.of("ORGANIZATION", "MEMBER");
    private static final List<String> GRADES = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", "EXEMPT");

    private final ClassificationService classification;
    private final RoundPeriods periods;
    private final MessageSource messages;
    private final Clock clock;

    ClassificationRoundExport(ClassificationService classification, RoundPeriods periods, MessageSource messages, Clock clock) {
        this.classification = classification;
        this.periods = periods;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/classification/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) Long within) {
        ClassificationRound round = classification.round(id);
        OrganizationRef inside = periods.inside(round, within);
        ClassificationService.Figures figures = classification.figures(round, inside);
        List<String> headers = new ArrayList<>(List.of(text("classification.xlsx.kind"), text("classification.stat.subjects"),
                text("classification.stat.selfClassified"), text("classification.stat.decided")));
        GRADES.forEach(g -> headers.add(text("classificationLevel." + g)));
        headers.addAll(List.of(text("classification.stat.goodOrBetter"), text("classification.xlsx.rated"),
                text("classification.xlsx.share")));
        List<List<Object>> cards = new ArrayList<>();
        for (String kind : KINDS) {
            List<Object> row = new ArrayList<>(TableWorkbook.row(text("classification.kind." + kind), figures.get(kind, "ALL"),
                    figures.get(kind, "SELF_CLASSIFIED") + figures.get(kind, "PROPOSED") + figures.get(kind, "DECIDED"),
                    figures.get(kind, "DECIDED")));
            GRADES.forEach(g -> row.add(figures.get(kind, g)));
            row.addAll(TableWorkbook.row(figures.goodOrBetter(kind), figures.rated(kind), figures.goodOrBetterShare(kind)));
            cards.add(row);
        }
        List<String> unitHeaders = new ArrayList<>(List.of(text("classification.units.unit")));
        for (String kind : KINDS) {
            String name = text("classification.kind." + kind);
            unitHeaders.addAll(List.of(name + ": " + text("classification.stat.subjects"), name + ": " + text("classification.stat.decided"),
                    name + ": " + text("classification.stat.goodOrBetter"), name + ": " + text("classification.xlsx.rated"),
                    name + ": " + text("classification.xlsx.share")));
        }
        List<List<Object>> units = new ArrayList<>();
        for (ClassificationService.UnitLine u : classification.units(round, inside)) {
            List<Object> row = new ArrayList<>();
            row.add(u.own() ? messages.getMessage("classification.units.own", new Object[] {inside.name()}, locale())
                    : u.unit().name());
            for (String kind : KINDS) {
                var f = u.figures();
                row.addAll(TableWorkbook.row(f.get(kind, "ALL"), f.get(kind, "DECIDED"), f.goodOrBetter(kind), f.rated(kind),
                        f.goodOrBetterShare(kind)));
            }
            units.add(row);
        }
        List<String> titles = List.of(round.getName(), inside == null ? "" : messages.getMessage("classification.figuresOf",
                new Object[] {inside.name()}, locale()));
        return new TableWorkbook().sheet(text("classification.xlsx.cards"), titles, headers, cards)
                .sheet(text("classification.units"), titles, unitHeaders, units)
                .download("xep-loai-" + round.getYear(), LocalDate.now(clock));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale());
    }
}
