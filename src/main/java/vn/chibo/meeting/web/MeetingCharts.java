package vn.chibo.meeting.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Small server-rendered SVG charts for the meeting pages (no JavaScript): a sparkline of a monthly percentage and a
 * line chart of two monthly percentages with month labels. Values are 0–100 or null (no meeting that month).
 */
@Component("meetingCharts")
public class MeetingCharts {

    /** A 120×28 sparkline; gaps where a month has no value. */
    public String sparkline(List<BigDecimal> values) {
        int width = 120;
        int height = 28;
        StringBuilder svg = new StringBuilder("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\">");
        svg.append("<line x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(y(85, height, 2)).append("\" y2=\"")
                .append(y(85, height, 2)).append("\" class=\"spark-threshold\"/>");
        svg.append(path(values, width, height, 2, "spark-line"));
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * A line chart of attendance and speaking share per month (600×220), with the 85% attendance threshold dashed.
     *
     * @param attendanceLabel legend of the attendance line
     * @param speakingLabel   legend of the speaking-share line
     */
    public String trend(List<YearMonth> months, List<BigDecimal> attendance, List<BigDecimal> speaking, String attendanceLabel,
                        String speakingLabel) {
        String[] labels = {attendanceLabel, speakingLabel};
        int width = 640;
        int height = 220;
        int left = 34;
        int bottom = 24;
        int plotW = width - left - 24;
        int plotH = height - bottom - 10;
        StringBuilder svg = new StringBuilder("<svg class=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width
                + " " + height + "\" role=\"img\" preserveAspectRatio=\"xMinYMin meet\">");
        for (int pct = 0; pct <= 100; pct += 25) {
            double yy = 10 + plotH - pct * plotH / 100.0;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/><text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%d</text>",
                    left, width - 10, yy, yy, left - 4, yy + 4, pct));
        }
        double threshold = 10 + plotH - 85 * plotH / 100.0;
        svg.append(String.format(java.util.Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"threshold\"/>",
                left, width - 10, threshold, threshold));
        int n = months.size();
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotW / 2.0 : i * plotW / (double) (n - 1));
            svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%02d/%02d</text>",
                    x, height - 6, months.get(i).getMonthValue(), months.get(i).getYear() % 100));
        }
        svg.append(series(attendance, left, plotW, plotH, "attendance"));
        svg.append(series(speaking, left, plotW, plotH, "speaking"));
        // legend in the lower left of the plot, where percentages rarely go
        int ly = 10 + plotH - 38;
        svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"230\" height=\"34\" rx=\"3\" class=\"legend-box\"/>",
                left + 4, ly));
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" class=\"legend-attendance\"/><text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>",
                left + 10, ly + 10, left + 28, ly + 14, escape(labels[0])));
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" class=\"legend-speaking\"/><text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>",
                left + 10, ly + 25, left + 28, ly + 29, escape(labels[1])));
        svg.append("</svg>");
        return svg.toString();
    }

    /** A share as the tooltip shows it: one decimal, with the decimal comma in Vietnamese (95,7). */
    private static String percent(BigDecimal value) {
        String plain = value.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return "vi".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage())
                ? plain.replace('.', ',') : plain;
    }

    private static String series(List<BigDecimal> values, int left, int plotW, int plotH, String css) {
        int n = values.size();
        StringBuilder out = new StringBuilder();
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            double x = left + (n == 1 ? plotW / 2.0 : i * plotW / (double) (n - 1));
            double yy = 10 + plotH - Math.max(0, Math.min(100, v.doubleValue())) * plotH / 100.0;
            d.append(pen ? " L" : " M").append(String.format(java.util.Locale.ROOT, "%.1f %.1f", x, yy));
            out.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" class=\"dot-%s\"><title>%s%%</title></circle>",
                    x, yy, css, percent(v)));
            pen = true;
        }
        return "<path d=\"" + d.toString().trim() + "\" class=\"line-" + css + "\"/>" + out;
    }

    private static String path(List<BigDecimal> values, int width, int height, int pad, String css) {
        int n = values.size();
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            BigDecimal v = values.get(i);
            if (v == null) {
                pen = false;
                continue;
            }
            double x = pad + (n == 1 ? (width - 2 * pad) / 2.0 : i * (width - 2 * pad) / (double) (n - 1));
            d.append(pen ? " L" : " M").append(oneDecimal(x)).append(' ').append(oneDecimal(y(v.doubleValue(), height, pad)));
            pen = true;
        }
        return "<path d=\"" + d.toString().trim() + "\" class=\"" + css + "\"/>";
    }

    /**
     * A coordinate with one decimal, as {@code String.format(Locale.ROOT, "%.1f", value)} writes it (the shortest decimal
     * of the double rounded half up) for coordinates from 0 up, without a Formatter per number (a sparkline per line of
     * the overview: 65 at a province).
     */
    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static double y(double value, int height, int pad) {
        return pad + (height - 2 * pad) * (1 - Math.max(0, Math.min(100, value)) / 100.0);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
