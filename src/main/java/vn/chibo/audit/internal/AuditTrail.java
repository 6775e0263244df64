package vn.chibo.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.AuditRecords;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.ForbiddenException;

/** Stores audit records published by every module, and searches them for administrators. */
@Service
public class AuditTrail {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditRepository entries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(AuditRepository entries, JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Joins the publisher's transaction: a change that rolls back leaves no record, and no change goes unrecorded.
     * Every value is cut to its column's width, so a record never fails on length (e.g. a typed username).
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        String actor = record.actor() == null || record.actor().isBlank() ? "?" : record.actor();
        entries.save(new AuditEntry(clock.instant(), truncate(actor, 100), truncate(record.action(), 30),
                truncate(record.entityType(), 50), record.entityId(), truncate(record.orgPath(), 400),
                truncate(record.summary(), 500), changesJson(record.changes()), truncate(remoteAddress(), 64)));
    }

    /**
     * Several records of a bulk load in one JDBC batch, in the publisher's transaction like {@link #record}, with the
     * same widths (read back as the same {@link AuditEntry}s).
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(AuditRecords records) {
        Timestamp now = Timestamp.from(clock.instant());
        String address = truncate(remoteAddress(), 64);
        List<Object[]> rows = new ArrayList<>(records.records().size());
        for (AuditRecord record : records.records()) {
            String actor = record.actor() == null || record.actor().isBlank() ? "?" : record.actor();
            rows.add(new Object[] {now, truncate(actor, 100), truncate(record.action(), 30), truncate(record.entityType(), 50),
                record.entityId(), truncate(record.orgPath(), 400), truncate(record.summary(), 500),
                changesJson(record.changes()), address});
        }
        jdbc.batchUpdate("""
                insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, org_path, summary, changes,
                remote_addr) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Filters: actor (username contains), entity type, entity id, organization subtree (path prefix), date range. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(String actor, String entityType, Long entityId, String orgPath, LocalDate from,
                                   LocalDate to, String action, int page) {
        if (!CurrentUser.get().isAdmin()) {
            throw new ForbiddenException("read audit trail");
        }
        List<Specification<AuditEntry>> specs = new ArrayList<>();
        String cleanActor = VietnameseText.clean(actor);
        if (cleanActor != null) {
            specs.add((root, query, cb) -> cb.like(cb.lower(root.get("actor")), "%" + cleanActor.toLowerCase() + "%"));
        }
        if (entityType != null && !entityType.isBlank()) {
            specs.add((root, query, cb) -> cb.equal(root.get("entityType"), entityType));
        }
        if (entityId != null) {
            specs.add((root, query, cb) -> cb.equal(root.get("entityId"), entityId));
        }
        if (orgPath != null) {
            specs.add((root, query, cb) -> cb.like(root.get("orgPath"), orgPath + "%"));
        }
        if (action != null && !action.isBlank()) {
            specs.add((root, query, cb) -> cb.equal(root.get("action"), action));
        }
        if (from != null) {
            Instant start = from.atStartOfDay(ZONE).toInstant();
            specs.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
        }
        if (to != null) {
            Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
            specs.add((root, query, cb) -> cb.lessThan(root.get("occurredAt"), end));
        }
        Specification<AuditEntry> where = Specification.allOf(specs);
        return entries.findAll(where, PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / 50), 50,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
    }

    private String changesJson(Map<String, Object[]> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        Map<String, Object> asLists = new java.util.LinkedHashMap<>();
        changes.forEach((field, values) -> asLists.put(field, java.util.Arrays.asList(
                values[0] == null ? null : String.valueOf(values[0]), values[1] == null ? null : String.valueOf(values[1]))));
        String text = json.writeValueAsString(asLists);
        return truncate(text, 100_000);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
