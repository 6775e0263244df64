package vn.chibo.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.PostgresIntegrationTest;

/** COPY's text format round-trips what a spreadsheet cell may hold: backslashes, tabs, line breaks, nulls, Vietnamese. */
@PostgresIntegrationTest
class PostgresCopyRowsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void valuesWithTabsBackslashesLineBreaksAndNullsArriveAsTheyWere() {
        List<String> texts = List.of("Nguyễn Văn \\N An", "Tab\there", "Dòng 1\nDòng 2\r", "C:\\thư mục\\", "");
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 6, 2, 0, 0, 0, ZoneOffset.UTC);
        List<Map<String, Object>> back = transactions.execute(tx -> {
            jdbc.execute("create temporary table copy_probe (n bigint, t varchar(100), d date, ts timestamp with time zone)"
                    + " on commit drop");
            assertThat(CopyRows.supported(jdbc)).isTrue();
            long copied = CopyRows.copy(jdbc, "copy_probe", List.of("n", "t", "d", "ts"), texts.size() + 1, (i, line) -> {
                if (i < texts.size()) {
                    line.number(i).text(texts.get(i)).date(LocalDate.of(1990, 2, 28)).timestamp(at);
                } else {
                    line.number(i).text(null).date(null).timestamp(null);
                }
            });
            assertThat(copied).isEqualTo(texts.size() + 1);
            return jdbc.queryForList("select n, t, d, ts from copy_probe order by n");
        });
        for (int i = 0; i < texts.size(); i++) {
            assertThat(back.get(i).get("t")).isEqualTo(texts.get(i));
            assertThat(back.get(i).get("d").toString()).isEqualTo("1990-02-28");
            assertThat(((java.sql.Timestamp) back.get(i).get("ts")).toInstant()).isEqualTo(at.toInstant());
        }
        assertThat(back.get(texts.size()).get("t")).isNull();
        assertThat(back.get(texts.size()).get("d")).isNull();
    }
}
