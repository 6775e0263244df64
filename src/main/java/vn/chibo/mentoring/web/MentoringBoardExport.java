package vn.chibo.mentoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.mentoring.internal.MentoringBoard;
import vn.chibo.shared.document.TableWorkbook;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.PeriodChoice;

/** The mentoring board of an organization and a period as a workbook: the total, then each sub-organization. */
@Controller
class MentoringBoardExport {

    private final MentoringBoard board;
    private final MessageSource messages;
    private final Clock clock;

    MentoringBoardExport(MentoringBoard board, MessageSource messages, Clock clock) {
        this.board = board;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mentoring/board.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Long id = org != null ? org : CurrentUser.get().scopeOrganizationId();
        if (id == null) {
            throw new NotFoundException("Organization", 0L);
        }
        LocalDate today = LocalDate.now(clock);
        PeriodChoice choice = PeriodChoice.of(preset, from, to, today, PeriodChoice.YEAR);
        MentoringBoard.Board result = board.board(id, choice.from(), choice.to());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of(text("mentoring.board.organization"), text("mentoring.board.mentors"),
                text("mentoring.board.mentees"), text("mentoring.board.masses"), text("mentoring.board.coverage") + " (%)",
                text("mentoring.board.groups"), text("mentoring.board.sessions"), text("mentoring.board.reviewedCount"),
                text("mentoring.board.reviewedGood")));
        for (MentoringOutcome outcome : MentoringOutcome.values()) {
            headers.add(text("mentoring.outcome." + outcome));
        }
        headers.add(text("mentoring.board.awardedMentors"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(text("mentoring.board.total"), result.total()));
        result.rows().forEach(r -> rows.add(row(r.organization().name(), r.figures())));
        String title = messages.getMessage("mentoring.board.heading", new Object[] {result.organization().name()}, locale);
        return new TableWorkbook().sheet(text("mentoring.board.title"), List.of(title,
                        messages.getMessage("periodChoice.shown", new Object[] {choice.fromText(), choice.toText()}, locale)),
                headers, rows).download("bang-theo-doi-diu-dat", today);
    }

    private static List<Object> row(String name, MentoringBoard.Figures f) {
        List<Object> row = new ArrayList<>(List.of(name, f.mentors, f.mentees, f.masses,
                f.masses == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(100L * f.mentees).divide(BigDecimal.valueOf(f.masses), 1,
                        RoundingMode.HALF_UP), f.groups, f.sessionsThisMonth, f.reviewed, f.reviewedGood));
        for (MentoringOutcome outcome : MentoringOutcome.values()) {
            row.add(f.outcome(outcome));
        }
        row.add(f.awardedMentors);
        return row;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
