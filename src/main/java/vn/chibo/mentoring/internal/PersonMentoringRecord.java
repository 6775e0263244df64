package vn.chibo.mentoring.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.people.PersonRecordSource;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.web.Formats;

/**
 * Dìu dắt: whom the person mentors and who mentors him, with the dates, the group's sessions and the
 * outcomes recorded, each row linking to the three-person group.
 */
@Component
class PersonMentoringRecord implements PersonRecordSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats formats;

    PersonMentoringRecord(JdbcClient jdbc, MessageSource messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Section> section(PersonRef person) {
        Locale locale = LocaleContextHolder.getLocale();
        String mentors = messages.getMessage("person.record.mentors", null, locale);
        String mentoredBy = messages.getMessage("person.record.mentoredBy", null, locale);
        List<Row> rows = jdbc.sql("""
                        select a.id, a.group_id, a.mentor_person_id = :p, other.full_name, a.start_date, a.end_date,
                               (select count(*) from mentoring_session s where s.group_id = a.group_id and s.held_on >= a.start_date
                                   and (a.end_date is null or s.held_on <= a.end_date))
                          from mentoring_assignment a
                          join person other on other.id = case when a.mentor_person_id = :p then a.mentee_person_id else a.mentor_person_id end
                         where a.mentor_person_id = :p or a.mentee_person_id = :p
                         order by a.start_date desc, a.id desc""")
                .param("p", person.id())
                .query((rs, n) -> Row.of("/mentoring/groups/" + rs.getLong(2), rs.getBoolean(3) ? mentors : mentoredBy,
                        rs.getString(4), formats.date(rs.getDate(5).toLocalDate()) + " – "
                                + (rs.getDate(6) == null ? messages.getMessage("person.record.ongoing", null, locale)
                                : formats.date(rs.getDate(6).toLocalDate())),
                        formats.number(rs.getLong(7)), outcomes(rs.getLong(1), locale)))
                .list();
        return Optional.of(new Section("person.record.mentoring", List.of("person.record.role", "person.record.person",
                "person.record.period", "person.record.sessions", "person.record.outcomes"), rows));
    }

    private String outcomes(long assignment, Locale locale) {
        return String.join(", ", jdbc.sql("select kind, occurred_on from mentoring_outcome where assignment_id = :a order by occurred_on")
                .param("a", assignment)
                .query((rs, n) -> messages.getMessage("mentoring.outcome." + rs.getString(1), null, rs.getString(1), locale)
                        + " (" + formats.date(rs.getDate(2).toLocalDate()) + ")")
                .list());
    }
}
