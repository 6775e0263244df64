package vn.chibo.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.internal.MeetingReports;
import vn.chibo.shared.document.TableWorkbook;
import vn.chibo.shared.web.PeriodChoice;

/** The meeting overview as a workbook: the whole organization, then each line of the page, with the page's figures. */
@Component
class OverviewWorkbook {

    private final MessageSource messages;
    private final Clock clock;

    OverviewWorkbook(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    ResponseEntity<byte[]> write(MeetingReports.Overview overview, PeriodChoice choice) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(List.of(text("meeting.overview.organization"), text("meeting.overview.cells"),
                text("meeting.overview.xlsx.heldMonths"), text("meeting.overview.xlsx.expectedMonths"),
                text("meeting.overview.onTimeShort") + " (%)", text("meeting.overview.xlsx.held")));
        for (String grade : MeetingReports.GRADES) {
            headers.add(text("meeting.grade." + grade));
        }
        headers.addAll(List.of(text("meeting.overview.attendanceShort") + " (%)", text("meeting.overview.speakingShort") + " (%)",
                text("meeting.overview.xlsx.averageScore"), text("meeting.overview.flatShort")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(overview.within().name(), overview.total()));
        overview.lines().forEach(l -> rows.add(row(l.organization().name(), l.figures())));
        List<String> titles = List.of(messages.getMessage("meeting.overview.title", new Object[] {overview.within().name()}, locale),
                messages.getMessage("periodChoice.shown", new Object[] {choice.fromText(), choice.toText()}, locale));
        return new TableWorkbook().sheet(text("meeting.overview.short"), titles, headers, rows)
                .download("tong-quan-sinh-hoat", LocalDate.now(clock));
    }

    private static List<Object> row(String name, MeetingReports.Figures f) {
        List<Object> row = new ArrayList<>(TableWorkbook.row(name, f.cells(), f.heldMonths(), f.expectedMonths(), f.onTimeRate(),
                f.held()));
        for (String grade : MeetingReports.GRADES) {
            row.add(f.grade(grade));
        }
        row.addAll(TableWorkbook.row(f.attendanceRate(), f.speakingShare(), f.averageScore(), f.flat()));
        return row;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
