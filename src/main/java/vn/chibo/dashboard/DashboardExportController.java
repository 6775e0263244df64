package vn.chibo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.shared.document.TableWorkbook;
import vn.chibo.shared.web.PeriodChoice;

/** The numbers of one start-page chart as a workbook: the chart's table, real numbers, shares beside n/d. */
@Controller
class DashboardExportController {

    private final ScopeDashboard dashboard;
    private final MessageSource messages;
    private final Clock clock;

    DashboardExportController(ScopeDashboard dashboard, MessageSource messages, Clock clock) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/charts/{id}.xlsx")
    ResponseEntity<byte[]> chart(@PathVariable String id, @RequestParam(required = false) Long org,
                                 @RequestParam(required = false) String preset, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        LocalDate today = LocalDate.now(clock);
        ScopeDashboard.Board board = dashboard.build(org, PeriodChoice.of(preset, from, to, today, ScopeDashboard.OPENING_PRESET));
        Chart chart = board.chart(id);
        return workbook(board, chart).download("bieu-do-" + id, today);
    }

    TableWorkbook workbook(ScopeDashboard.Board board, Chart chart) {
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>();
        headers.add(chart.axis());
        for (Chart.Series s : chart.series()) {
            headers.add(chart.percent() || s.values().stream().anyMatch(v -> v instanceof java.math.BigDecimal)
                    ? messages.getMessage("dashboard.xlsx.percent", new Object[] {s.label()}, locale) : s.label());
            if (s.hasParts()) {
                headers.add(messages.getMessage("dashboard.xlsx.numerator", new Object[] {s.label()}, locale));
                headers.add(messages.getMessage("dashboard.xlsx.denominator", new Object[] {s.label()}, locale));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < chart.labels().size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(chart.labels().get(r));
            for (Chart.Series s : chart.series()) {
                row.add(s.values().get(r));
                if (s.hasParts()) {
                    long[] p = s.parts().get(r);
                    row.add(p == null ? null : p[0]);
                    row.add(p == null ? null : p[1]);
                }
            }
            rows.add(row);
        }
        List<String> titles = List.of(chart.title(), board.organization().name(),
                messages.getMessage("periodChoice.shown", new Object[] {board.choice().fromText(), board.choice().toText()}, locale));
        return new TableWorkbook().sheet(chart.title(), titles, headers, rows);
    }
}
