package vn.chibo.classification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.PeriodChoice;

/**
 * The period of a classification round page. Rounds are yearly: a period selects the rounds of the same organization
 * and model in the years it touches, and the page shows the latest of them (a past year's round for "last year").
 */
@Component
class RoundPeriods {

    private final ClassificationService classification;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    RoundPeriods(ClassificationService classification, OrganizationDirectory organizations, Clock clock) {
        this.classification = classification;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Where the account's view of the round starts: the round's organization, or his scope inside it. */
    OrganizationRef start(ClassificationRound round) {
        var me = CurrentUser.get();
        OrganizationRef roundOrganization = organizations.find(round.getOrganizationId()).orElseThrow();
        OrganizationRef scope = me.scopeOrganizationId() == null ? null : organizations.find(me.scopeOrganizationId()).orElse(null);
        return me.canSee(roundOrganization.path()) ? roundOrganization : scope != null && me.canSee(scope.path()) ? scope : null;
    }

    /** The organization whose figures the page shows (the filter {@code within}, 404 outside the account's scope). */
    OrganizationRef inside(ClassificationRound round, Long within) {
        OrganizationRef start = start(round);
        OrganizationRef inside = within == null || start == null ? start : organizations.requireVisible(within);
        return inside != null && start != null && !inside.path().startsWith(start.path()) ? start : inside;
    }

    /** The period asked for, or (none asked) the round's own year. */
    PeriodChoice choice(ClassificationRound round, String preset, String from, String to) {
        LocalDate today = LocalDate.now(clock);
        if (preset == null && (from == null || from.isBlank()) && (to == null || to.isBlank())) {
            int year = round.getYear();
            return year == today.getYear() ? PeriodChoice.preset(PeriodChoice.YEAR, today)
                    : year == today.getYear() - 1 ? PeriodChoice.preset(PeriodChoice.LAST_YEAR, today)
                    : PeriodChoice.range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return PeriodChoice.of(preset, from, to, today, PeriodChoice.YEAR);
    }

    /** The account's rounds of the same organization and model whose year the period touches, the latest first. */
    List<ClassificationRound> inPeriod(ClassificationRound round, PeriodChoice choice) {
        return classification.visibleRounds().stream()
                .filter(r -> Objects.equals(r.getOrganizationId(), round.getOrganizationId())
                        && Objects.equals(r.getRulebookId(), round.getRulebookId()))
                .filter(r -> r.getYear() >= choice.from().getYear() && r.getYear() <= choice.to().getYear())
                .sorted(Comparator.comparingInt(ClassificationRound::getYear).reversed().thenComparing(ClassificationRound::getId))
                .toList();
    }

    /** The round to show for the period: this one when its year is in it, else the latest round in it (or none). */
    ClassificationRound shown(ClassificationRound round, List<ClassificationRound> inPeriod, PeriodChoice choice) {
        if (round.getYear() >= choice.from().getYear() && round.getYear() <= choice.to().getYear()) {
            return round;
        }
        return inPeriod.isEmpty() ? null : inPeriod.get(0);
    }
}
