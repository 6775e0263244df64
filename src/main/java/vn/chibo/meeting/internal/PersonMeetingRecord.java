package vn.chibo.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.people.PersonRecordSource;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.web.Formats;

/**
 * A person's part in cell meetings (sinh hoạt chi bộ) year by year: meetings held that invited him,
 * how many he attended, the attendance rate and his contributions — this year and the two before.
 */
@Component
class PersonMeetingRecord implements PersonRecordSource {

    private final JdbcClient jdbc;
    private final Formats formats;
    private final Clock clock;

    PersonMeetingRecord(JdbcClient jdbc, Formats formats, Clock clock) {
        this.jdbc = jdbc;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Section> section(PersonRef person) {
        int year = LocalDate.now(clock).getYear();
        List<Row> rows = jdbc.sql("""
                        select extract(year from m.meeting_date), count(*),
                               sum(case when a.attendance = 'PRESENT' then 1 else 0 end),
                               sum((select count(*) from meeting_contribution c where c.attendee_id = a.id))
                          from meeting_attendee a join meeting m on m.id = a.meeting_id
                         where a.person_id = :p and m.status in ('HELD', 'CLOSED') and m.meeting_date >= :from
                         group by extract(year from m.meeting_date) order by 1 desc""")
                .param("p", person.id()).param("from", LocalDate.of(year - 2, 1, 1))
                .query((rs, n) -> {
                    long invited = rs.getLong(2);
                    long present = rs.getLong(3);
                    java.math.BigDecimal rate = invited == 0 ? null : java.math.BigDecimal.valueOf(1000 * present)
                            .divide(java.math.BigDecimal.valueOf(invited), 0, java.math.RoundingMode.HALF_UP).movePointLeft(1);
                    return Row.of(null, String.valueOf(rs.getInt(1)), formats.number(invited), formats.number(present),
                            rate == null ? "—" : formats.decimal(rate) + "%", formats.number(rs.getLong(4)));
                })
                .list();
        return Optional.of(new Section("person.record.meetings", List.of("person.record.year", "person.record.meetingsInvited",
                "person.record.meetingsAttended", "person.record.attendanceRate", "person.record.contributions"), rows));
    }
}
