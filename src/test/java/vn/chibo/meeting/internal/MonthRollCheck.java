package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meetings' monthly rollup ({@code meeting_month_roll}) as kept, and the same figures added up from the meeting rows,
 * keyed "unit|month|period", rows that add up to nothing left out; each value lists the figures then the score sum. The
 * same for the counts per child of every ancestor ({@code meeting_child_month}, V59), keyed
 * "ancestor|child|month|period", the raw ones added up in Java from the meeting rows' units.
 */
final class MonthRollCheck {

    static final List<String> FIGURES = List.of("held", "regular", "regular_on_time", "thematic", "invited", "present", "speakers",
            "unexcused", "contributions", "good", "fair", "average", "poor", "scored", "flat", "score_sum");

    private final JdbcClient jdbc;

    MonthRollCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, List<String>> kept() {
        return kept("select unit, month_start, period, " + String.join(", ", FIGURES) + " from meeting_month_roll", 1);
    }

    Map<String, List<String>> keptPerChild() {
        return kept("select ancestor, child, month_start, period, " + String.join(", ", FIGURES) + " from meeting_child_month", 2);
    }

    private Map<String, List<String>> kept(String sql, int paths) {
        Map<String, List<String>> rows = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            String[] values = new String[FIGURES.size()];
            boolean nothing = true;
            for (int i = 0; i < values.length; i++) {
                BigDecimal v = rs.getBigDecimal(paths + 3 + i);
                nothing &= v.signum() == 0;
                values[i] = v.stripTrailingZeros().toPlainString();
            }
            if (!nothing) {
                StringBuilder key = new StringBuilder();
                for (int p = 1; p <= paths; p++) {
                    key.append(rs.getString(p)).append('|');
                }
                rows.put(key + String.valueOf(rs.getObject(paths + 1, java.time.LocalDate.class)) + "|" + rs.getString(paths + 2),
                        Arrays.asList(values));
            }
        });
        return rows;
    }

    /** The raw figures per unit added to every (ancestor, child) pair on the unit's path from the root. */
    Map<String, List<String>> rawPerChild() {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        rawSums().forEach((key, figures) -> {
            String unit = key.substring(0, key.indexOf('|'));
            String[] steps = unit.substring(1).split("/");
            for (int k = 1; k < steps.length; k++) {
                String ancestor = "/" + String.join("/", Arrays.copyOfRange(steps, 0, k)) + "/";
                String child = ancestor + steps[k] + "/";
                BigDecimal[] row = sums.computeIfAbsent(ancestor + "|" + child + key.substring(key.indexOf('|')), x -> zero());
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].add(figures[i]);
                }
            }
        });
        return strings(sums);
    }

    Map<String, List<String>> raw() {
        return strings(rawSums());
    }

    private static BigDecimal[] zero() {
        BigDecimal[] zero = new BigDecimal[FIGURES.size()];
        Arrays.fill(zero, BigDecimal.ZERO);
        return zero;
    }

    private static Map<String, List<String>> strings(Map<String, BigDecimal[]> sums) {
        Map<String, List<String>> rows = new TreeMap<>();
        sums.forEach((k, v) -> {
            if (Arrays.stream(v).anyMatch(b -> b.signum() != 0)) {
                rows.put(k, Arrays.stream(v).map(b -> b.stripTrailingZeros().toPlainString()).toList());
            }
        });
        return rows;
    }

    private Map<String, BigDecimal[]> rawSums() {
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
                    BigDecimal[] row = sums.computeIfAbsent(key, k -> zero());
                    for (int i = 0; i < row.length; i++) {
                        row[i] = row[i].add(rs.getBigDecimal(4 + i));
                    }
                });
        return sums;
    }
    /** The thematic meetings kept per holder, quarter and month (V59), keyed "holder|quarter|month", zeros left out. */
    Map<String, Long> keptThematicMonths() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select holder, quarter, month_start, meetings from meeting_thematic_month where meetings <> 0")
                .query(rs -> {
                    rows.put(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getObject(3, java.time.LocalDate.class), rs.getLong(4));
                });
        return rows;
    }

    /** The thematic quarters kept per child of every ancestor (V59), keyed "ancestor|child|quarter|first|last". */
    Map<String, Long> keptThematicQuarters() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select ancestor, child, quarter, first_month, last_month, cells from meeting_child_quarter where cells <> 0")
                .query(rs -> {
                    rows.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|"
                            + rs.getObject(4, java.time.LocalDate.class) + "|" + rs.getObject(5, java.time.LocalDate.class), rs.getLong(6));
                });
        return rows;
    }

    /** The thematic party meetings held, counted from the meeting rows per holder, quarter of the period and month. */
    Map<String, Long> rawThematicMonths() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select org_path, period, meeting_date from meeting where status in ('HELD', 'CLOSED') and kind <> 'COMMITTEE'"
                        + " and (kind = 'THEMATIC' or combined_thematic)")
                .query(rs -> {
                    String period = rs.getString(2);
                    int quarter = (Integer.parseInt(period.substring(0, 4)) * 12 + Integer.parseInt(period.substring(5, 7)) - 1) / 3;
                    rows.merge(rs.getString(1) + "|" + quarter + "|" + rs.getObject(3, java.time.LocalDate.class).withDayOfMonth(1), 1L,
                            Long::sum);
                });
        return rows;
    }

    /**
     * From {@link #rawThematicMonths()}: each holder's months of a quarter sorted, each +1 and each two consecutive -1,
     * added to every (ancestor, child) pair on the holder's unit's path; zeros left out.
     */
    Map<String, Long> rawThematicQuarters() {
        Map<String, List<String>> months = new TreeMap<>();
        rawThematicMonths().keySet().forEach(k -> months.computeIfAbsent(k.substring(0, k.lastIndexOf('|')), x -> new java.util.ArrayList<>())
                .add(k.substring(k.lastIndexOf('|') + 1)));
        Map<String, Long> rows = new TreeMap<>();
        months.forEach((key, list) -> {
            String holder = key.substring(0, key.indexOf('|'));
            String quarter = key.substring(key.indexOf('|') + 1);
            java.util.Collections.sort(list);
            for (String[] pair : MeetingThematicTrigger.pairs(holder)) {
                String prefix = pair[0] + "|" + pair[1] + "|" + quarter + "|";
                for (int i = 0; i < list.size(); i++) {
                    rows.merge(prefix + list.get(i) + "|" + list.get(i), 1L, Long::sum);
                    if (i > 0) {
                        rows.merge(prefix + list.get(i - 1) + "|" + list.get(i), -1L, Long::sum);
                    }
                }
            }
        });
        rows.values().removeIf(v -> v == 0);
        return rows;
    }
}
