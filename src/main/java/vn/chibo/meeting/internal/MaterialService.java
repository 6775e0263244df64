package vn.chibo.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.MeetingParts.Material;
import vn.chibo.meeting.internal.MeetingParts.MaterialFile;
import vn.chibo.meeting.internal.MeetingParts.MaterialPurpose;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Tài liệu sinh hoạt: files posted for a meeting with the time they were posted. Preparation materials (draft
 * resolution, reports, superior documents) should be posted at least a day before the start; records of the meeting
 * (photos, the signed minutes) do not count for that rule. PDF, Office files and pictures, checked by content, ≤ 10 MB.
 */
@Service
@Transactional(readOnly = true)
public class MaterialService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Hours before the start a preparation material must be posted (Hướng dẫn: ít nhất 1 ngày). */
    public static final long LEAD_HOURS = 24;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MaterialService(JdbcClient jdbc, MeetingService meetings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    public List<Material> list(Meeting meeting) {
        Instant start = meeting.startsAt();
        return jdbc.sql("""
                        select id, meeting_id, purpose, title, filename, content_type, size_bytes, posted_by, posted_at
                        from meeting_material where meeting_id = :m order by posted_at, id""")
                .param("m", meeting.id())
                .query((rs, n) -> {
                    Instant posted = rs.getTimestamp(9).toInstant();
                    long lead = Duration.between(posted, start).toHours();
                    MaterialPurpose purpose = MaterialPurpose.valueOf(rs.getString(3));
                    return new Material(rs.getLong(1), rs.getLong(2), purpose, rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getLong(7), rs.getString(8), posted, lead,
                            !Duration.between(posted, start).minusHours(LEAD_HOURS).isNegative());
                }).list();
    }

    @Transactional
    public Material attach(long meetingId, MaterialPurpose purpose, String title, String originalName, byte[] content) {
        Meeting meeting = meetings.get(meetingId);
        if (!MeetingAccess.mayRecord(CurrentUser.get(), meeting)) {
            throw new ForbiddenException("post a material");
        }
        boolean record = purpose == MaterialPurpose.RECORD;
        if (meeting.status() == MeetingStatus.CANCELLED || (!record && !meeting.status().editable())) {
            throw new BusinessRuleException(null, "meeting.error.notEditable");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", "meeting.material.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("file", "meeting.material.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String filename = VietnameseText.clean(originalName == null ? "" : originalName.replaceAll("[\\\\/:*?\"<>|]", "_"));
        String extension = filename == null || !filename.contains(".") ? ""
                : filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String contentType = TYPES.get(extension);
        if (contentType == null || !looksLike(extension, content)) {
            throw new BusinessRuleException("file", "meeting.material.error.type");
        }
        String name = filename.length() > 255 ? filename.substring(filename.length() - 255) : filename;
        String cleanTitle = VietnameseText.clean(title);
        if (cleanTitle == null) {
            cleanTitle = name;
        }
        if (cleanTitle.length() > 255) {
            throw new BusinessRuleException("title", "meeting.error.tooLong");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into meeting_material (meeting_id, purpose, title, filename, content_type, size_bytes, content, posted_by,
                            posted_at) values (:m, :p, :t, :f, :ct, :s, :c, :by, :at)""")
                .param("m", meetingId).param("p", (purpose == null ? MaterialPurpose.PREPARATION : purpose).name())
                .param("t", cleanTitle).param("f", name).param("ct", contentType).param("s", content.length).param("c", content)
                .param("by", CurrentUser.actorName()).param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        meetings.refresh(meetingId);
        events.publishEvent(AuditRecord.of("POST_MATERIAL", MeetingService.ENTITY, meetingId, meeting.orgPath(), cleanTitle,
                Map.of("material", new Object[] {null, name})));
        long id = keys.getKey().longValue();
        if (!record) {
            announce(meeting, id, cleanTitle);
        }
        return list(meeting).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** Tells the meeting's invitees (not the poster) that a preparation material is there to read. */
    private void announce(Meeting meeting, long materialId, String title) {
        Long by = CurrentUser.find().map(vn.chibo.shared.security.ChiboUser::personId).orElse(-1L);
        List<Long> invitees = jdbc.sql("select distinct person_id from meeting_attendee where meeting_id = :m"
                        + " and person_id is not null and person_id <> :by order by person_id")
                .param("m", meeting.id()).param("by", by).query(Long.class).list();
        if (!invitees.isEmpty()) {
            events.publishEvent(new vn.chibo.meeting.MeetingMaterialPosted(meeting.id(), materialId, meeting.orgPath(),
                    meeting.kind().name(), meeting.date(), title, invitees));
        }
    }

    public MaterialFile download(long meetingId, long materialId) {
        meetings.get(meetingId);
        return jdbc.sql("select filename, content_type, content from meeting_material where id = :id and meeting_id = :m")
                .param("id", materialId).param("m", meetingId)
                .query((rs, n) -> new MaterialFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("Material", materialId));
    }

    /** The first bytes must match the claimed kind: %PDF, JPEG SOI, PNG signature, or a ZIP container for Office files. */
    static boolean looksLike(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> starts(content, 0x25, 0x50, 0x44, 0x46);
            case "jpg", "jpeg" -> starts(content, 0xFF, 0xD8, 0xFF);
            case "png" -> starts(content, 0x89, 0x50, 0x4E, 0x47);
            case "docx", "xlsx", "pptx" -> starts(content, 0x50, 0x4B, 0x03, 0x04);
            default -> false;
        };
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
