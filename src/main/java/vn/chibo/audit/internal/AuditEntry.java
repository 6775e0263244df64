package vn.chibo.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit record. Immutable: there is no update or delete path. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String entityType;
    private Long entityId;
    private String orgPath;
    private String summary;
    private String changes;
    private String remoteAddr;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String entityType, Long entityId, String orgPath,
               String summary, String changes, String remoteAddr) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.orgPath = orgPath;
        this.summary = summary;
        this.changes = changes;
        this.remoteAddr = remoteAddr;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getSummary() {
        return summary;
    }

    public String getChanges() {
        return changes;
    }

    /** The recorded field changes as (field, before, after) lines, for display. */
    public java.util.List<FieldChange> getChangeLines() {
        if (changes == null || changes.isBlank()) {
            return java.util.List.of();
        }
        java.util.List<FieldChange> lines = new java.util.ArrayList<>();
        tools.jackson.databind.JsonNode root = JSON.readTree(changes);
        for (var field : root.properties()) {
            tools.jackson.databind.JsonNode values = field.getValue();
            lines.add(new FieldChange(field.getKey(), text(values.get(0)), text(values.get(1))));
        }
        return lines;
    }

    private static String text(tools.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** One changed field. */
    public record FieldChange(String field, String before, String after) {
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    public String getRemoteAddr() {
        return remoteAddr;
    }
}
