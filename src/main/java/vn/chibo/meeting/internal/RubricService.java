package vn.chibo.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Meeting rubrics as versioned data. The rubric for a meeting is the revision in force at its date (the latest
 * {@code validFrom} on or before it); a meeting keeps the revision it was scored by. Revisions are never changed:
 * an administrator imports the next one. The shipped rubric ({@code classpath:meeting-rubrics/*.json}) is installed
 * on start when missing.
 */
@Service
@Transactional(readOnly = true)
public class RubricService {

    private static final Logger log = LoggerFactory.getLogger(RubricService.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, RubricDefinition> definitions = new ConcurrentHashMap<>();

    RubricService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A stored revision. */
    public record Rubric(long id, String code, int revision, String nameVi, String nameEn, LocalDate validFrom, String json,
                         String createdBy, Instant createdAt) {
    }

    private static final String COLUMNS = "id, code, revision, name_vi, name_en, valid_from, definition, created_by, created_at";

    private static Rubric map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rubric(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }

    /** Installs a shipped rubric document unless a rubric with its code exists. */
    @Transactional
    public void installIfMissing(String json) {
        RubricJson.Document document = RubricJson.parseDocument(json);
        if (jdbc.sql("select count(*) from meeting_rubric where code = :c").param("c", document.code()).query(Long.class).single() == 0) {
            insert(document, 1, "system");
            log.info("Installed meeting rubric {}", document.code());
        }
    }

    private long insert(RubricJson.Document document, int revision, String by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_rubric (code, revision, name_vi, name_en, valid_from, definition, created_by, created_at)
                        values (:code, :rev, :vi, :en, :from, :def, :by, :at)""")
                .param("code", document.code()).param("rev", revision).param("vi", document.nameVi()).param("en", document.nameEn())
                .param("from", document.validFrom()).param("def", RubricJson.write(document))
                .param("by", by).param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Rubric> all() {
        return jdbc.sql("select " + COLUMNS + " from meeting_rubric order by valid_from desc, revision desc, id desc")
                .query((rs, n) -> map(rs)).list();
    }

    public Rubric get(long id) {
        return jdbc.sql("select " + COLUMNS + " from meeting_rubric where id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional().orElseThrow(() -> new NotFoundException("MeetingRubric", id));
    }

    /** The revision in force on a date, if any. */
    public Optional<Rubric> inForce(LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from meeting_rubric where valid_from <= :d order by valid_from desc, revision desc, id desc")
                .param("d", date).query((rs, n) -> map(rs)).list().stream().findFirst();
    }

    /** The latest revision (for indicators computed over a period). */
    public Optional<Rubric> latest() {
        return inForce(LocalDate.of(9999, 12, 31));
    }

    public RubricDefinition definition(long rubricId) {
        return definitions.computeIfAbsent(rubricId, id -> document(get(id)).definition());
    }

    public RubricJson.Document document(Rubric rubric) {
        return RubricJson.parseDocumentUnchecked(rubric.json());
    }

    /** Administrators import the next revision of a rubric (the whole document, checked before anything is saved). */
    @Transactional
    public Rubric importRevision(String json) {
        ChiboUser user = CurrentUser.get();
        if (!user.isAdmin()) {
            throw new ForbiddenException("import a meeting rubric");
        }
        if (json == null || json.isBlank()) {
            throw new BusinessRuleException("json", "meeting.rubric.error.empty");
        }
        if (json.length() > 100_000) {
            throw new BusinessRuleException("json", "meeting.rubric.error.tooLarge");
        }
        RubricJson.Document document = RubricJson.parseDocument(json);
        int revision = jdbc.sql("select coalesce(max(revision), 0) from meeting_rubric where code = :c").param("c", document.code())
                .query(Integer.class).single() + 1;
        long id = insert(document, revision, user.getUsername());
        events.publishEvent(AuditRecord.of("CREATE", "MeetingRubric", id, null, document.code() + " r" + revision,
                Map.of("validFrom", new Object[] {null, document.validFrom()})));
        return get(id);
    }
}
