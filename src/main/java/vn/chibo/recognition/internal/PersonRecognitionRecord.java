package vn.chibo.recognition.internal;

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

/** The awards (khen thưởng) and discipline (kỷ luật) a person received, newest first, from the registers. */
@Component
class PersonRecognitionRecord implements PersonRecordSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats formats;

    PersonRecognitionRecord(JdbcClient jdbc, MessageSource messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Section> section(PersonRef person) {
        Locale locale = LocaleContextHolder.getLocale();
        String award = messages.getMessage("person.record.award", null, locale);
        String discipline = messages.getMessage("person.record.discipline", null, locale);
        List<Row> rows = jdbc.sql("""
                        select 'A' as kind, id, decision_date, award_form as form, decision_number, issued_by, reason
                          from award_record where recipient_kind = 'PERSON' and person_id = :p
                        union all
                        select 'D', id, decision_date, discipline_form, decision_number, issued_by, reason
                          from discipline_record where subject_kind = 'PERSON' and person_id = :p
                        order by 3 desc, 2 desc""")
                .param("p", person.id())
                .query((rs, n) -> {
                    boolean isAward = "A".equals(rs.getString(1));
                    String form = messages.getMessage((isAward ? "recognition.awardType." : "recognition.measure.") + rs.getString(4),
                            null, rs.getString(4), locale);
                    return Row.of((isAward ? "/recognition/awards/" : "/recognition/discipline/") + rs.getLong(2),
                            formats.date(rs.getDate(3).toLocalDate()), isAward ? award : discipline, form,
                            rs.getString(5) + (rs.getString(6) == null ? "" : " · " + rs.getString(6)),
                            rs.getString(7) == null ? "" : rs.getString(7));
                })
                .list();
        return Optional.of(new Section("person.record.recognition", List.of("person.record.date", "person.record.kind",
                "person.record.form", "person.record.decision", "person.record.reason"), rows));
    }
}
