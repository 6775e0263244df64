package vn.chibo.emulation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.todo.TodoItem;
import vn.chibo.todo.TodoSource;

/** Member: registered for "Đảng viên 5 tốt" this year and not yet reviewed himself for the current period. */
@Component
class SelfReviewTodo implements TodoSource {

    static final String KIND = "evaluation.selfReview";
    private static final int SOON_DAYS = 7;

    private final ProgrammeService programmes;
    private final vn.chibo.shared.web.Formats fmt;

    SelfReviewTodo(ProgrammeService programmes, vn.chibo.shared.web.Formats fmt) {
        this.programmes = programmes;
        this.fmt = fmt;
    }

    /** The programme service answers for the signed-in account, which is the one the start page asks for. */
    @Override
    public List<TodoItem> itemsFor(ChiboUser user, LocalDate today) {
        if (user.personId() == null) {
            return List.of();
        }
        return programmes.myProgrammes().stream()
                .filter(m -> m.registration() != null && !m.reviewedThisPeriod())
                .map(m -> TodoItem.due(KIND, monthly(m.period()) ? "todo.evaluation.selfReview.month" : "todo.evaluation.selfReview",
                        List.of(m.programme().getName(), label(m.period(), fmt)),
                        UriComponentsBuilder.fromPath("/registrations/{id}").queryParam("period", m.period()).fragment("review")
                                .buildAndExpand(m.registration().getId()).toUriString(),
                        end(m.period()), today, SOON_DAYS))
                .toList();
    }

    static boolean monthly(String period) {
        return period.matches("\\d{4}-\\d{2}");
    }

    /** '2026-12' is shown 12/2026 (after "tháng"); quarters, halves and years as people say them ("Quý IV/2026"). */
    static String label(String period, vn.chibo.shared.web.Formats fmt) {
        if (monthly(period)) {
            return period.substring(5) + "/" + period.substring(0, 4);
        }
        return fmt.period(period);
    }

    /** Last day of a review period: '2026-12', '2026-Q4', '2026-H2' or '2026'. */
    static LocalDate end(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 12, 31);
        }
        String part = period.substring(5);
        return switch (part.charAt(0)) {
            case 'Q' -> YearMonth.of(year, (part.charAt(1) - '0') * 3).atEndOfMonth();
            case 'H' -> YearMonth.of(year, (part.charAt(1) - '0') * 6).atEndOfMonth();
            default -> YearMonth.of(year, Integer.parseInt(part)).atEndOfMonth();
        };
    }
}
