package vn.chibo.inspection.web;

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
import org.springframework.stereotype.Component;
import vn.chibo.inspection.internal.InspectionQuery;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.document.TableWorkbook;
import vn.chibo.shared.web.PeriodChoice;

/** The inspection follow-up board as a workbook, with the page's columns. */
@Component
class BoardExport {

    private final MessageSource messages;
    private final Clock clock;

    BoardExport(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    ResponseEntity<byte[]> board(OrganizationRef root, PeriodChoice choice, List<InspectionQuery.BoardRow> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of(text("inspection.board.organization"), text("inspection.board.xlsx.planned"),
                text("inspection.board.xlsx.done"), text("inspection.board.openFindings"), text("inspection.board.overdue"),
                text("inspection.board.closedInPeriod"), text("inspection.board.avgDays"));
        List<List<Object>> lines = new ArrayList<>();
        for (InspectionQuery.BoardRow r : rows) {
            lines.add(TableWorkbook.row(r.itself() ? r.organization().name() + " " + text("inspection.board.itself")
                            : r.organization().name(), r.planned(), r.done(), r.openFindings(), r.overdueActions(), r.closedFindings(),
                    r.averageDaysToClose() == null ? null
                            : BigDecimal.valueOf(r.averageDaysToClose()).setScale(1, RoundingMode.HALF_UP)));
        }
        List<String> titles = List.of(text("inspection.board.title") + ": " + root.name(),
                messages.getMessage("periodChoice.shown", new Object[] {choice.fromText(), choice.toText()}, locale));
        return new TableWorkbook().sheet(text("inspection.board.title"), titles, headers, lines)
                .download("bang-theo-doi-kiem-tra", LocalDate.now(clock));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
