package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookService;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Minh chứng: files attached to a self-review indicator. Only office documents, PDF and pictures,
 * checked by extension and by their first bytes, at most {@link #MAX_BYTES}; read and written
 * within the registration's scope like everything else.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final RulebookService rulebooks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(JdbcClient jdbc, ProgrammeService programmes, RulebookService rulebooks, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.rulebooks = rulebooks;
        this.events = events;
        this.clock = clock;
    }

    public record Evidence(long id, String indicatorCode, String filename, String contentType, long size, String uploadedBy,
                           Instant uploadedAt) {
    }

    public record File(String filename, String contentType, byte[] content) {
    }

    public List<Evidence> list(long registrationId, String period) {
        programmes.registration(registrationId);
        return jdbc.sql("""
                        select id, indicator_code, filename, content_type, size_bytes, uploaded_by, uploaded_at from evidence
                        where registration_id = :r and review_period = :p order by indicator_code, id""")
                .param("r", registrationId).param("p", period)
                .query((rs, n) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional
    public Evidence attach(long registrationId, String period, String indicatorCode, String originalName, byte[] content) {
        Registration registration = programmes.registration(registrationId);
        if (!programmes.mayWorkOn(registration)) {
            throw new ForbiddenException("attach evidence");
        }
        Programme programme = programmes.programmeOf(registration);
        if (!programmes.periods(programme).contains(period)) {
            throw new BusinessRuleException("period", "programme.error.period");
        }
        if (rulebooks.definition(programmes.rulebookOf(programme)).indicators().stream()
                .noneMatch(i -> i.code().equals(indicatorCode))) {
            throw new BusinessRuleException("indicatorCode", "evidence.error.indicator");
        }
        var upload = vn.chibo.shared.upload.CheckedUpload.check(originalName, content, MAX_BYTES, TYPES.keySet(),
                new vn.chibo.shared.upload.CheckedUpload.Messages("evidence.error.empty", "evidence.error.tooLarge",
                        "evidence.error.type"));
        String name = upload.filename();
        String contentType = upload.contentType();
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into evidence (registration_id, review_period, indicator_code, filename, content_type, size_bytes,
                            content, uploaded_by, uploaded_at) values (:r, :p, :i, :f, :t, :s, :c, :u, :at)""")
                .param("r", registrationId).param("p", period).param("i", indicatorCode).param("f", name)
                .param("t", contentType).param("s", content.length).param("c", content).param("u", CurrentUser.actorName())
                .param("at", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(AuditRecord.of("ATTACH", "Registration", registrationId, registration.getOrgPath(),
                period + " " + indicatorCode + ": " + name, Map.of("evidence", new Object[] {null, name})));
        return new Evidence(id, indicatorCode, name, contentType, content.length, CurrentUser.actorName(), now);
    }

    public File download(long registrationId, long evidenceId) {
        programmes.registration(registrationId);
        Optional<File> file = jdbc.sql("select filename, content_type, content from evidence where id = :id and registration_id = :r")
                .param("id", evidenceId).param("r", registrationId)
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
        return file.orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
    }
}
