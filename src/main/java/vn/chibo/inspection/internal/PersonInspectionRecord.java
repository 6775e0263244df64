package vn.chibo.inspection.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.people.PersonRecordSource;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.Formats;

/**
 * Findings of inspections and supervisions about the person (kết luận kiểm tra, giám sát): those
 * notified to the subject, as the subject side sees them, and all of them for an account on the
 * inspecting side.
 */
@Component
class PersonInspectionRecord implements PersonRecordSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats formats;

    PersonInspectionRecord(JdbcClient jdbc, MessageSource messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Optional<Section> section(PersonRef person) {
        Locale locale = LocaleContextHolder.getLocale();
        ChiboUser user = CurrentUser.get();
        List<Row> rows = jdbc.sql("""
                        select id, found_on, finding_type, description, status, inspecting_org_path from inspection_finding
                         where person_id = :p order by found_on desc, id desc""")
                .param("p", person.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)})
                .list().stream()
                .filter(f -> !"NOTED".equals(f[4]) || user.canSee((String) f[5]))
                .map(f -> Row.of("/inspections/findings/" + f[0], formats.date((java.time.LocalDate) f[1]),
                        messages.getMessage("inspection.findingType." + f[2], null, (String) f[2], locale), (String) f[3],
                        messages.getMessage("inspection.findingStatus." + f[4], null, (String) f[4], locale)))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Section("person.record.inspection",
                List.of("person.record.date", "person.record.kind", "person.record.content", "person.record.status"), rows));
    }
}
