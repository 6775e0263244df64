package vn.chibo.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.development.internal.PipelineBoard;
import vn.chibo.development.internal.Stage;
import vn.chibo.shared.document.TableWorkbook;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.PeriodChoice;

/**
 * The party development board as a workbook: per sub-organization (and in total) the open candidates at each stage now,
 * then those who reached each stage in the period and the admissions in it.
 */
@Controller
class DevelopmentBoardExport {

    private final PipelineBoard board;
    private final MessageSource messages;
    private final Clock clock;

    DevelopmentBoardExport(PipelineBoard board, MessageSource messages, Clock clock) {
        this.board = board;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/development/board.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long org, @RequestParam(required = false) String preset,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Long id = org != null ? org : CurrentUser.get().scopeOrganizationId();
        if (id == null) {
            throw new NotFoundException("Organization", 0L);
        }
        LocalDate today = LocalDate.now(clock);
        PeriodChoice choice = PeriodChoice.of(preset, from, to, today, PeriodChoice.YEAR);
        PipelineBoard.Board b = board.board(id, choice.from(), choice.to());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of(text("mentoring.board.organization")));
        for (Stage stage : Stage.values()) {
            headers.add(messages.getMessage("development.board.xlsx.now", new Object[] {text("development.stage." + stage)}, locale));
        }
        for (Stage stage : Stage.values()) {
            headers.add(messages.getMessage("development.board.xlsx.reached", new Object[] {text("development.stage." + stage)}, locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(text("mentoring.board.total"), b.total(), b.reached()));
        b.rows().forEach(r -> rows.add(row(r.organization().name(), r.counts(), r.reached())));
        List<String> titles = List.of(messages.getMessage("development.board.heading", new Object[] {b.organization().name()}, locale),
                messages.getMessage("periodChoice.shown", new Object[] {choice.fromText(), choice.toText()}, locale),
                messages.getMessage("development.board.admittedInPeriod", new Object[] {b.admittedThisYear()}, locale));
        return new TableWorkbook().sheet(text("development.board.title"), titles, headers, rows)
                .download("bang-theo-doi-phat-trien-dang", today);
    }

    private static List<Object> row(String name, Map<Stage, Long> now, Map<Stage, Long> reached) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        for (Stage stage : Stage.values()) {
            row.add(now.getOrDefault(stage, 0L));
        }
        for (Stage stage : Stage.values()) {
            row.add(reached.getOrDefault(stage, 0L));
        }
        return row;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
