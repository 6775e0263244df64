package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.rules.IndicatorSource;
import vn.chibo.emulation.internal.ProgrammeService.ReviewLine;
import vn.chibo.emulation.internal.ProgrammeService.Sheet;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.Problem;

/** The periodic self-review (tự rà soát) of a registration: the sheet of indicators, and saving a period all at once. */
@Component
class SelfReviews {

    private final SelfReviewRepository reviews;
    private final ProgrammeRegistrations registrations;
    private final ProgrammeDeployment deployment;
    private final RulebookService rulebooks;
    private final Map<String, IndicatorSource> sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfReviews(SelfReviewRepository reviews, ProgrammeRegistrations registrations, ProgrammeDeployment deployment,
                RulebookService rulebooks, List<IndicatorSource> sources, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.registrations = registrations;
        this.deployment = deployment;
        this.rulebooks = rulebooks;
        this.sources = sources.stream().collect(Collectors.toMap(IndicatorSource::key, Function.identity(), (a, b) -> a));
        this.events = events;
        this.clock = clock;
    }

    Sheet sheet(long registrationId, String period) {
        Registration registration = registrations.registration(registrationId);
        Programme programme = registrations.programmeOf(registration);
        RulebookDefinition definition = rulebooks.definition(deployment.rulebookOf(programme));
        Map<String, SelfReview> saved = reviews.findByRegistrationIdAndPeriod(registrationId, period).stream()
                .collect(Collectors.toMap(SelfReview::getIndicatorCode, r -> r));
        List<ReviewLine> lines = new ArrayList<>();
        Map<String, RecognitionCalculator.IndicatorResult> results = new HashMap<>();
        for (var criterion : definition.criteria()) {
            for (var indicator : criterion.indicators()) {
                Optional<BigDecimal> automatic = automatic(registration, programme, indicator, period);
                SelfReview review = saved.get(indicator.code());
                lines.add(new ReviewLine(criterion, indicator, review, automatic));
                // the automatic figure counts unless the secretary overrode it with a note
                if (review != null && (review.getNote() != null || automatic.isEmpty())) {
                    results.put(indicator.code(), review.toResult());
                } else if (automatic.isPresent()) {
                    results.put(indicator.code(), automaticResult(indicator, automatic.get()));
                }
            }
        }
        return new Sheet(period, lines, RecognitionCalculator.judge(definition, results));
    }

    /** The indicator's automatic value over the review's own period (a month, quarter, half-year or year), if a source has it. */
    private Optional<BigDecimal> automatic(Registration registration, Programme programme, RulebookDefinition.Indicator indicator,
                                           String period) {
        if (indicator.source() == null || !sources.containsKey(indicator.source())) {
            return Optional.empty();
        }
        YearMonth[] range = range(period);
        YearMonth now = YearMonth.now(clock);
        if (range[0].isAfter(now)) {
            return Optional.empty();
        }
        return sources.get(indicator.source()).value(deployment.rulebookOf(programme).getSubjectKind(),
                registration.isMember() ? registration.getPersonId() : registration.getOrganizationId(),
                range[0], range[1].isAfter(now) ? now : range[1]);
    }

    /** First and last month of a review period: '2026-03', '2026-Q2', '2026-H1' or '2026'. */
    static YearMonth[] range(String period) {
        if (period == null || !period.matches("\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?")) {
            throw new vn.chibo.shared.web.BusinessRuleException("period", "programme.error.periodFormat", String.valueOf(period));
        }
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 12)};
        }
        String part = period.substring(5);
        if (part.startsWith("Q")) {
            int first = (Integer.parseInt(part.substring(1)) - 1) * 3 + 1;
            return new YearMonth[] {YearMonth.of(year, first), YearMonth.of(year, first + 2)};
        }
        if (part.startsWith("H")) {
            int first = part.equals("H1") ? 1 : 7;
            return new YearMonth[] {YearMonth.of(year, first), YearMonth.of(year, first + 5)};
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(part));
        return new YearMonth[] {month, month};
    }

    /** A source answers 1/0 for indicators that are met or not. */
    static RecognitionCalculator.IndicatorResult automaticResult(RulebookDefinition.Indicator indicator, BigDecimal value) {
        return indicator.kind() == RulebookDefinition.IndicatorKind.MET
                ? new RecognitionCalculator.IndicatorResult(value.signum() > 0, null)
                : new RecognitionCalculator.IndicatorResult(null, value);
    }

    private record Parsed(String code, Boolean met, BigDecimal number, String note) {
    }

    /**
     * Records a period's self-review, all indicators at once (all or nothing). Values: 'true'/'false'
     * for met indicators, numbers (comma or point as decimal mark) for the others; blank = not yet known.
     */
    Sheet saveReview(long registrationId, String period, Map<String, String> values, Map<String, String> notes) {
        Registration registration = registrations.registration(registrationId);
        registrations.requireMayWorkOn(registration);
        Programme programme = registrations.programmeOf(registration);
        if (!deployment.periods(programme).contains(period)) {
            throw new BusinessRuleException("period", "programme.error.period");
        }
        RulebookDefinition definition = rulebooks.definition(deployment.rulebookOf(programme));
        Map<String, SelfReview> saved = reviews.findByRegistrationIdAndPeriod(registrationId, period).stream()
                .collect(Collectors.toMap(SelfReview::getIndicatorCode, r -> r));
        List<Parsed> parsed = parse(definition, values, notes);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        for (Parsed entry : parsed) {
            boolean empty = entry.met() == null && entry.number() == null && entry.note() == null;
            if (empty && !saved.containsKey(entry.code())) {
                continue;
            }
            SelfReview review = saved.computeIfAbsent(entry.code(), code -> new SelfReview(registrationId, period, code));
            Object before = review.getMet() != null ? review.getMet() : review.getValue();
            review.record(entry.met(), entry.number(), entry.note(), CurrentUser.actorName(), clock.instant());
            reviews.save(review);
            Object after = entry.met() != null ? entry.met() : entry.number();
            if (!Objects.equals(before, after)) {
                changes.put(entry.code(), new Object[] {before, after});
            }
        }
        events.publishEvent(AuditRecord.of("SELF_REVIEW", "Registration", registrationId, registration.getOrgPath(),
                programme.getName() + " — " + period, changes));
        return sheet(registrationId, period);
    }

    /** Every indicator's value and note read from the form; refused as a whole, with each problem, when any cannot be read. */
    private static List<Parsed> parse(RulebookDefinition definition, Map<String, String> values, Map<String, String> notes) {
        List<Problem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (var indicator : definition.indicators()) {
            String raw = VietnameseText.clean(values.get(indicator.code()));
            Boolean met = null;
            BigDecimal number = null;
            if (raw != null) {
                if (indicator.kind() == RulebookDefinition.IndicatorKind.MET) {
                    if (!raw.equals("true") && !raw.equals("false")) {
                        problems.add(Problem.of("programme.review.invalid", indicator.code()).about(indicator.code()));
                        continue;
                    }
                    met = Boolean.valueOf(raw);
                } else {
                    try {
                        number = parseNumber(raw);
                    } catch (NumberFormatException e) {
                        problems.add(Problem.of("programme.review.notANumber", indicator.code()).about(indicator.code()));
                        continue;
                    }
                    if (number.signum() < 0 || (indicator.kind() == RulebookDefinition.IndicatorKind.POINTS
                            && indicator.maxPoints() != null && number.compareTo(indicator.maxPoints()) > 0)) {
                        problems.add(Problem.of("programme.review.outOfRange", indicator.code()).about(indicator.code()));
                        continue;
                    }
                }
            }
            String note = VietnameseText.clean(notes.get(indicator.code()));
            if (note != null && note.length() > 1000) {
                problems.add(Problem.of("programme.review.noteTooLong", indicator.code()).about(indicator.code()));
                continue;
            }
            parsed.add(new Parsed(indicator.code(), met, number, note));
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.of(null, "programme.review.problems", problems, problems.size());
        }
        return parsed;
    }

    /** Accepts '85,5' (Vietnamese decimal comma, dots as thousands) as well as '85.5'. */
    static BigDecimal parseNumber(String raw) {
        String text = raw.replace(" ", "");
        if (text.contains(",")) {
            text = text.replace(".", "").replace(',', '.');
        }
        return new BigDecimal(text);
    }
}
