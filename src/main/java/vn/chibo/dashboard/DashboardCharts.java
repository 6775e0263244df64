package vn.chibo.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.emulation.EmulationOverview.ProgrammeFigures;
import vn.chibo.statistics.Review;

/**
 * The start page's charts, every number taken from the review figures ({@code statistics.ReviewFigures}) under the
 * keys of {@code docs/figures.md}: trends over the last five years, the emulation models and the programme targets,
 * distributions of grades, and the sub-organizations (which drill down).
 */
@Component
class DashboardCharts {

    static final List<String> GRADES = List.of("excellent", "good", "completed", "notCompleted");
    static final List<String> KINDS = List.of("cells", "committees", "members");
    static final List<String> MEETING_GRADES = List.of("GOOD", "FAIR", "AVERAGE", "POOR");

    private final MessageSource messages;

    DashboardCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** A review's figures with the derivations of its shares (numerator and denominator keys). */
    record Figures(Map<String, Number> values, Map<String, List<String>> derivations) {

        Number get(String key) {
            return values.get(key);
        }

        long count(String key) {
            Number n = values.get(key);
            return n == null ? 0 : n.longValue();
        }

        /** Numerator and denominator of a share, or null when it is not one. */
        long[] parts(String key) {
            List<String> d = derivations.get(key);
            return d == null ? null : new long[] {count(d.get(0)), count(d.get(1))};
        }
    }

    List<Chart> all(Review trend, Review period, Map<String, List<String>> derivations, List<ProgrammeFigures> programmes,
                    LongFunction<String> drill) {
        List<Chart> charts = new ArrayList<>();
        charts.add(trend("trendPeople", "line", false, trend, derivations, List.of("people.members", "people.masses")));
        charts.add(trend("trendResults", "bar", false, trend, derivations,
                List.of("development.admitted", "mentoring.menteesAdmitted", "awards.total", "discipline.total")));
        charts.add(trend("trendShares", "line", true, trend, derivations, List.of("classification.cells.goodOrBetterShare",
                "classification.members.goodOrBetterShare", "units.exemplaryShare", "meetings.attendanceRate")));
        charts.add(targets(programmes));
        charts.add(models(new Figures(period.figures(), derivations)));
        charts.add(grades(new Figures(period.figures(), derivations)));
        charts.add(meetingGrades(new Figures(period.figures(), derivations)));
        charts.add(units("units", false, period, derivations, List.of("people.members", "people.masses", "development.admitted"),
                drill));
        charts.add(units("unitShares", true, period, derivations, List.of("classification.cells.goodOrBetterShare",
                "classification.members.goodOrBetterShare", "meetings.attendanceRate"), drill));
        return charts;
    }

    private Chart trend(String id, String type, boolean percent, Review trend, Map<String, List<String>> derivations,
                        List<String> keys) {
        List<String> labels = new ArrayList<>();
        List<Figures> years = new ArrayList<>();
        trend.years().forEach((year, values) -> {
            labels.add(String.valueOf(year));
            years.add(new Figures(values, derivations));
        });
        return new Chart(id, text("dashboard.chart." + id), type, percent, false, text("dashboard.axis.year"), labels, null,
                keys.stream().map(k -> series(k, years)).toList());
    }

    private Chart.Series series(String key, List<Figures> rows) {
        List<Number> values = rows.stream().map(f -> f.get(key)).toList();
        boolean share = !rows.isEmpty() && rows.get(0).derivations().containsKey(key);
        return new Chart.Series(label(key), values, share ? rows.stream().map(f -> f.parts(key)).toList() : null);
    }

    /** Targets of this year's programmes (evaluation) against their registrations and recognitions. */
    private Chart targets(List<ProgrammeFigures> programmes) {
        List<String> labels = programmes.stream().map(ProgrammeFigures::name).toList();
        List<String> links = programmes.stream().map(p -> "/programmes/" + p.programmeId()).toList();
        List<Chart.Series> series = List.of(
                new Chart.Series(text("dashboard.target.subjects"), programmes.stream().map(p -> (Number) (long) p.subjects()).toList(), null),
                new Chart.Series(text("dashboard.target.target"), programmes.stream().map(p -> (Number) (long) p.target()).toList(), null),
                new Chart.Series(text("dashboard.target.registered"), programmes.stream().map(p -> (Number) (long) p.registered()).toList(), null),
                new Chart.Series(text("dashboard.target.recognised"), programmes.stream().map(p -> (Number) (long) p.recognised()).toList(),
                        programmes.stream().map(p -> new long[] {p.recognised(), p.target()}).toList()));
        return new Chart("targets", text("dashboard.chart.targets"), "bar", false, false, text("dashboard.axis.programme"),
                labels, links, series);
    }

    /** Each emulation model of the period: subjects deployed to, registered, recognised. */
    private Chart models(Figures f) {
        List<String> codes = f.values().keySet().stream().filter(k -> k.startsWith("emulation.") && k.endsWith(".deployed"))
                .map(k -> k.substring("emulation.".length(), k.length() - ".deployed".length())).toList();
        List<String> labels = codes.stream().map(c -> messages.getMessage("figure.section.emulation." + c, null,
                messages.getMessage("figure.section.emulation.model", new Object[] {c}, locale()), locale())).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (String figure : List.of("deployed", "registered", "recognised")) {
            series.add(new Chart.Series(text("dashboard.model." + figure),
                    codes.stream().map(c -> f.get("emulation." + c + "." + figure)).toList(),
                    "recognised".equals(figure) ? codes.stream().map(c -> new long[] {f.count("emulation." + c + ".recognised"),
                            f.count("emulation." + c + ".registered")}).toList() : null));
        }
        return new Chart("models", text("dashboard.chart.models"), "bar", false, false, text("dashboard.axis.model"), labels,
                null, series);
    }

    /** Classification grades decided, by kind of subject (cells, committees, members). */
    private Chart grades(Figures f) {
        List<String> labels = KINDS.stream().map(k -> text("dashboard.kind." + k)).toList();
        List<Chart.Series> series = GRADES.stream().map(g -> new Chart.Series(text("dashboard.grade." + g),
                KINDS.stream().map(k -> f.get("classification." + k + "." + g)).toList(),
                KINDS.stream().map(k -> new long[] {f.count("classification." + k + "." + g),
                        f.count("classification." + k + ".decided")}).toList())).toList();
        return new Chart("grades", text("dashboard.chart.grades"), "bar", false, true, text("dashboard.axis.kind"), labels,
                null, series);
    }

    private Chart meetingGrades(Figures f) {
        List<String> labels = MEETING_GRADES.stream().map(g -> text("meeting.grade." + g)).toList();
        Chart.Series series = new Chart.Series(text("dashboard.meetings.count"),
                MEETING_GRADES.stream().map(g -> f.get("meetings.grade." + g)).toList(),
                MEETING_GRADES.stream().map(g -> new long[] {f.count("meetings.grade." + g), f.count("meetings.scored")}).toList());
        return new Chart("meetingGrades", text("dashboard.chart.meetingGrades"), "doughnut", false, false,
                text("dashboard.axis.grade"), labels, null, List.of(series));
    }

    /** The direct sub-organizations (and the organization's own records when it has any), each drilling down. */
    private Chart units(String id, boolean percent, Review period, Map<String, List<String>> derivations, List<String> keys,
                        LongFunction<String> drill) {
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<Figures> rows = new ArrayList<>();
        for (Review.Row row : period.rows()) {
            Figures f = new Figures(row.figures(), derivations);
            if (row.own() && keys.stream().allMatch(k -> f.get(k) == null || f.get(k).doubleValue() == 0)) {
                continue;
            }
            labels.add(row.own() ? text("dashboard.ownRecords") : row.organization().name());
            links.add(row.own() ? null : drill.apply(row.organization().id()));
            rows.add(f);
        }
        return new Chart(id, text("dashboard.chart." + id), "bar", percent, false, text("dashboard.axis.unit"), labels, links,
                keys.stream().map(k -> series(k, rows)).toList());
    }

    private String label(String key) {
        return messages.getMessage("figure." + key, null, key, locale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
