package vn.chibo.access.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who did something, as people say it: the person behind an account ('Nguyễn Văn An'), never the
 * account name ('bithu'). Records written by the demo generator read 'Dữ liệu mẫu'; an account with
 * no person (the first administrator) reads 'Quản trị hệ thống'. Pages call it as {@code @actors.name(...)};
 * names are looked up once per request.
 */
@Component("actors")
public class ActorNames {

    /** The name the demo generator and other unattended writers record. */
    public static final String DEMO = "system";
    /** Records a schema upgrade wrote from older data (a Flyway migration). */
    public static final String MIGRATION = "migration";

    private static final String MEMO = ActorNames.class.getName();

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ActorNames(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (DEMO.equals(username)) {
            return messages.getMessage("actor.demo", null, LocaleContextHolder.getLocale());
        }
        if (MIGRATION.equals(username)) {
            return messages.getMessage("actor.migration", null, LocaleContextHolder.getLocale());
        }
        Map<String, String> memo = memo();
        String known = memo.get(username);
        if (known != null) {
            return known;
        }
        List<String[]> rows = jdbc.sql("select a.username, p.full_name from account a left join person p on p.id = a.person_id"
                        + " where a.username = :u").param("u", username)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        String name = rows.isEmpty() ? username
                : rows.get(0)[1] != null ? rows.get(0)[1]
                : messages.getMessage("actor.administrator", null, LocaleContextHolder.getLocale());
        memo.put(username, name);
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object memo = request.getAttribute(MEMO, RequestAttributes.SCOPE_REQUEST);
        if (memo == null) {
            memo = new HashMap<String, String>();
            request.setAttribute(MEMO, memo, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) memo;
    }
}
