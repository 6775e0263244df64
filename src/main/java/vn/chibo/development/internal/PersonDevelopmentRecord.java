package vn.chibo.development.internal;

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

/** How the person came into the Party: every step of his development file (phát triển đảng viên), oldest first. */
@Component
class PersonDevelopmentRecord implements PersonRecordSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats formats;

    PersonDevelopmentRecord(JdbcClient jdbc, MessageSource messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Section> section(PersonRef person) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = jdbc.sql("""
                        select c.id, e.occurred_on, e.stage, e.note from development_event e
                          join development_candidate c on c.id = e.candidate_id
                         where c.person_id = :p order by e.occurred_on, e.id""")
                .param("p", person.id())
                .query((rs, n) -> Row.of("/development/candidates/" + rs.getLong(1), formats.date(rs.getDate(2).toLocalDate()),
                        messages.getMessage("development.stage." + rs.getString(3), null, rs.getString(3), locale),
                        rs.getString(4) == null ? "" : rs.getString(4)))
                .list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Section("person.record.development",
                List.of("person.record.date", "person.record.step", "person.record.note"), rows));
    }
}
