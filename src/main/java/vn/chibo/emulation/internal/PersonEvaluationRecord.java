package vn.chibo.emulation.internal;

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

/** A member's classification year by year (xếp loại chất lượng đảng viên) and his emulation results (Đảng viên 5 tốt). */
class PersonEvaluationRecord {

    private PersonEvaluationRecord() {
    }

    @Component
    static class Classification implements PersonRecordSource {

        private final JdbcClient jdbc;
        private final MessageSource messages;
        private final Formats formats;

        Classification(JdbcClient jdbc, MessageSource messages, Formats formats) {
            this.jdbc = jdbc;
            this.messages = messages;
            this.formats = formats;
        }

        @Override
        public int order() {
            return 30;
        }

        @Override
        public Optional<Section> section(PersonRef person) {
            Locale locale = LocaleContextHolder.getLocale();
            List<Row> rows = jdbc.sql("select id, round_year, status, decided_grade, decision_number, decision_date from classification_entry"
                            + " where subject_kind = 'MEMBER' and subject_id = :p order by round_year desc, id desc")
                    .param("p", person.id())
                    .query((rs, n) -> Row.of("/classification/entries/" + rs.getLong(1), String.valueOf(rs.getInt(2)),
                            rs.getString(4) != null ? messages.getMessage("classificationLevel." + rs.getString(4), null, locale)
                                    : messages.getMessage("classification.status." + rs.getString(3), null, locale),
                            rs.getString(5) == null ? "" : rs.getString(5) + " · " + formats.date(
                                    rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate())))
                    .list();
            return Optional.of(new Section("person.record.classification",
                    List.of("person.record.year", "person.record.result", "person.record.decision"), rows));
        }
    }

    @Component
    static class Emulation implements PersonRecordSource {

        private final JdbcClient jdbc;
        private final MessageSource messages;

        Emulation(JdbcClient jdbc, MessageSource messages) {
            this.jdbc = jdbc;
            this.messages = messages;
        }

        @Override
        public int order() {
            return 35;
        }

        @Override
        public Optional<Section> section(PersonRef person) {
            Locale locale = LocaleContextHolder.getLocale();
            List<Row> rows = jdbc.sql("select r.id, p.programme_year, p.name, a.status, a.decided_recognised, a.decision_number"
                            + " from registration r join programme p on p.id = r.programme_id"
                            + " left join assessment a on a.registration_id = r.id"
                            + " where r.person_id = :p order by p.programme_year desc, r.id desc")
                    .param("p", person.id())
                    .query((rs, n) -> {
                        String status = rs.getString(4);
                        Object decided = rs.getObject(5);
                        String result = decided != null
                                ? messages.getMessage(rs.getBoolean(5) ? "assessment.recognised" : "assessment.notRecognised", null, locale)
                                : status == null ? messages.getMessage("person.record.registered", null, locale)
                                : messages.getMessage("assessment.status." + status, null, locale);
                        return Row.of("/registrations/" + rs.getLong(1), String.valueOf(rs.getInt(2)), rs.getString(3), result,
                                rs.getString(6) == null ? "" : rs.getString(6));
                    })
                    .list();
            return Optional.of(new Section("person.record.emulation",
                    List.of("person.record.year", "person.record.programme", "person.record.result", "person.record.decision"), rows));
        }
    }
}
