package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meetings' monthly rollup ({@code meeting_month_roll}) as kept, and the same figures added up from the meeting rows,
 * keyed "unit|month|period", rows that add up to nothing left out; each value lists the figures then the score sum.
 */
final class MonthRollCheck {

    static final List<String> FIGURES = List.of("held", "regular", "regular_on_time", "thematic", "invited", "present", "speakers",
            "unexcused", "contributions", "good", "fair", "average", "poor", "scored", "flat", "score_sum");

    private final JdbcClient jdbc;

    MonthRollCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<String>> kept() {
        Map<String, List<String>> rows = new TreeMap<>();
        jdbc.sql("select unit, month_start, period, " + String.join(", ", FIGURES) + " from meeting_month_roll")
                .query(rs -> {
                    String[] values = new String[FIGURES.size()];
                    boolean nothing = true;
                    for (int i = 0; i < values.length; i++) {
                        BigDecimal v = rs.getBigDecimal(4 + i);
                        nothing &= v.signum() == 0;
                        values[i] = v.stripTrailingZeros().toPlainString();
                    }
                    if (!nothing) {
                        rows.put(rs.getString(1) + "|" + rs.getObject(2, java.time.LocalDate.class) + "|" + rs.getString(3),
                                Arrays.asList(values));
                    }
                });
        return rows;
    }

    Map<String, List<String>> raw() {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        jdbc.sql("""
                        select org_path, meeting_date, period, 1,
                            case when kind = 'REGULAR' then 1 else 0 end,
                            case when kind = 'REGULAR' and substring(cast(meeting_date as varchar(10)), 1, 7) = period then 1 else 0 end,
                            case when kind = 'THEMATIC' or combined_thematic then 1 else 0 end,
                            official_count + probationary_count, present_count, speaker_count, unexcused_count, contribution_count,
                            case when grade = 'GOOD' then 1 else 0 end, case when grade = 'FAIR' then 1 else 0 end,
                            case when grade = 'AVERAGE' then 1 else 0 end, case when grade = 'POOR' then 1 else 0 end,
                            case when score is not null then 1 else 0 end, case when flat then 1 else 0 end, coalesce(score, 0)
                        from meeting where status in ('HELD', 'CLOSED') and kind <> 'COMMITTEE'""")
                .query(rs -> {
                    String path = rs.getString(1);
                    String unit = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
                    String key = unit + "|" + rs.getObject(2, java.time.LocalDate.class).withDayOfMonth(1) + "|" + rs.getString(3);
                    BigDecimal[] row = sums.computeIfAbsent(key, k -> {
                        BigDecimal[] zero = new BigDecimal[FIGURES.size()];
                        Arrays.fill(zero, BigDecimal.ZERO);
                        return zero;
                    });
                    for (int i = 0; i < row.length; i++) {
                        row[i] = row[i].add(rs.getBigDecimal(4 + i));
                    }
                });
        Map<String, List<String>> rows = new TreeMap<>();
        sums.forEach((k, v) -> rows.put(k, Arrays.stream(v).map(b -> b.stripTrailingZeros().toPlainString()).toList()));
        return rows;
    }
}
