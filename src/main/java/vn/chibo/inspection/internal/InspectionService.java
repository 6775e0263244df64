package vn.chibo.inspection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Cuộc kiểm tra, giám sát: opening one (from a plan item or not), its team, the subject's
 * self-report upload, the conclusion and the sending of the conclusion notice. Every read is
 * scoped, every change audited.
 */
@Service
@Transactional(readOnly = true)
public class InspectionService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final InspectionRepository inspections;
    private final InspectionAccess access;
    private final JdbcClient jdbc;
    private final PlanService plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, InspectionAccess access, JdbcClient jdbc, PlanService plans,
                      ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.jdbc = jdbc;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    public record TeamMember(long id, long personId, String name, TeamRole role) {
    }

    public record SelfReport(long id, String filename, String contentType, long size, String uploadedBy, Instant uploadedAt) {
    }

    public record File(String filename, String contentType, byte[] content) {
    }

    public Inspection get(long id) {
        ChiboUser user = CurrentUser.get();
        return inspections.findById(id)
                .filter(i -> InspectionAccess.visible(user, i.getOrgPath(), i.getInspectingOrgPath(), i.getPersonId()))
                .orElseThrow(() -> new NotFoundException("Inspection", id));
    }

    @Transactional
    public Inspection create(InspectionInput input) {
        input.clean();
        ChiboUser user = CurrentUser.get();
        if (input.getInspectingOrgId() == null) {
            throw new BusinessRuleException("inspectingOrgId", "validation.required");
        }
        Subject subject = access.subject(input.getPersonId(), input.getOrganizationId());
        OrganizationRef inspecting = access.organization(input.getInspectingOrgId());
        InspectionAccess.requireInspector(user, inspecting.path());
        if (!subject.orgPath().startsWith(inspecting.path())) {
            throw new BusinessRuleException("inspectingOrgId", "inspection.error.notAbove");
        }
        check(input);
        if (input.getPlanItemId() != null && plans.item(input.getPlanItemId()).done()) {
            throw new BusinessRuleException("planItemId", "inspection.plan.error.itemDone");
        }
        Inspection inspection = new Inspection(subject, inspecting.id(), inspecting.path(), input.getPlanItemId(),
                CurrentUser.actorName(), clock.instant());
        inspection.apply(input, clock.instant());
        inspections.save(inspection);
        events.publishEvent(AuditRecord.of("CREATE", "Inspection", inspection.getId(), inspection.getOrgPath(),
                inspection.getSubjectName() + ": " + inspection.getKind(), Changes.created(inspection.snapshot())));
        return inspection;
    }

    @Transactional
    public Inspection update(long id, InspectionInput input) {
        Inspection inspection = get(id);
        InspectionAccess.requireInspector(CurrentUser.get(), inspection.getInspectingOrgPath());
        input.clean();
        checkVersion(input.getVersion(), inspection.getVersion());
        check(input);
        var before = inspection.snapshot();
        inspection.apply(input, clock.instant());
        inspections.flush();
        events.publishEvent(AuditRecord.of("UPDATE", "Inspection", id, inspection.getOrgPath(), inspection.getSubjectName(),
                Changes.between(before, inspection.snapshot())));
        return inspection;
    }

    static void checkVersion(Long sent, long current) {
        if (sent == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (sent != current) {
            throw new ConcurrentEditException();
        }
    }

    private static void check(InspectionInput input) {
        if (input.getKind() == null) {
            throw new BusinessRuleException("kind", "validation.required");
        }
        if (input.getActivity() == null) {
            throw new BusinessRuleException("activity", "validation.required");
        }
        if (input.getStartsOn() == null) {
            throw new BusinessRuleException("startsOn", "validation.required");
        }
        if (input.getEndsOn() == null) {
            throw new BusinessRuleException("endsOn", "validation.required");
        }
        if (input.getEndsOn().isBefore(input.getStartsOn())) {
            throw new BusinessRuleException("endsOn", "inspection.error.period");
        }
        if (input.getContent() == null) {
            throw new BusinessRuleException("content", "validation.required");
        }
        if (input.getContent().length() > 4000) {
            throw new BusinessRuleException("content", "inspection.error.tooLong", 4000);
        }
    }

    public List<TeamMember> team(long inspectionId) {
        get(inspectionId);
        return jdbc.sql("select id, person_id, person_name, team_role from inspection_team_member where inspection_id = :i"
                        + " order by case team_role when 'LEAD' then 0 when 'SECRETARY' then 2 else 1 end, id")
                .param("i", inspectionId)
                .query((rs, n) -> new TeamMember(rs.getLong(1), rs.getLong(2), rs.getString(3), TeamRole.valueOf(rs.getString(4))))
                .list();
    }

    @Transactional
    public TeamMember addTeamMember(long inspectionId, Long personId, TeamRole role) {
        Inspection inspection = get(inspectionId);
        InspectionAccess.requireInspector(CurrentUser.get(), inspection.getInspectingOrgPath());
        if (personId == null) {
            throw new BusinessRuleException("teamPersonId", "validation.required");
        }
        PersonRef person = access.person(personId);
        TeamRole teamRole = role == null ? TeamRole.MEMBER : role;
        if (team(inspectionId).stream().anyMatch(t -> t.personId() == person.id())) {
            throw new BusinessRuleException("teamPersonId", "inspection.error.alreadyInTeam");
        }
        if (teamRole == TeamRole.LEAD && team(inspectionId).stream().anyMatch(t -> t.role() == TeamRole.LEAD)) {
            throw new BusinessRuleException("teamRole", "inspection.error.oneLead");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into inspection_team_member (inspection_id, person_id, person_name, team_role) values (:i, :p, :n, :r)")
                .param("i", inspectionId).param("p", person.id()).param("n", person.fullName()).param("r", teamRole.name())
                .update(keys, "id");
        events.publishEvent(AuditRecord.of("TEAM_ADD", "Inspection", inspectionId, inspection.getOrgPath(),
                person.fullName() + " (" + teamRole + ")", Map.of("team", new Object[] {null, person.fullName()})));
        return new TeamMember(keys.getKey().longValue(), person.id(), person.fullName(), teamRole);
    }

    @Transactional
    public void removeTeamMember(long inspectionId, long memberId) {
        Inspection inspection = get(inspectionId);
        InspectionAccess.requireInspector(CurrentUser.get(), inspection.getInspectingOrgPath());
        TeamMember member = team(inspectionId).stream().filter(t -> t.id() == memberId).findFirst()
                .orElseThrow(() -> new NotFoundException("TeamMember", memberId));
        jdbc.sql("delete from inspection_team_member where id = :id").param("id", memberId).update();
        events.publishEvent(AuditRecord.of("TEAM_REMOVE", "Inspection", inspectionId, inspection.getOrgPath(), member.name(),
                Map.of("team", new Object[] {member.name(), null})));
    }

    public List<SelfReport> selfReports(long inspectionId) {
        get(inspectionId);
        return jdbc.sql("select id, filename, content_type, size_bytes, uploaded_by, uploaded_at from inspection_self_report"
                        + " where inspection_id = :i order by id")
                .param("i", inspectionId)
                .query((rs, n) -> new SelfReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Báo cáo tự kiểm tra: PDF, DOCX or a picture, checked by extension and first bytes, at most {@link #MAX_BYTES}. */
    @Transactional
    public SelfReport uploadSelfReport(long inspectionId, String originalName, byte[] content) {
        Inspection inspection = get(inspectionId);
        InspectionAccess.requireRespondent(CurrentUser.get(), inspection.getOrgPath(), inspection.getPersonId());
        var upload = vn.chibo.shared.upload.CheckedUpload.check(originalName, content, MAX_BYTES, TYPES.keySet(),
                new vn.chibo.shared.upload.CheckedUpload.Messages("inspection.error.emptyFile", "inspection.error.tooLarge",
                        "inspection.error.fileType"));
        String name = upload.filename();
        String contentType = upload.contentType();
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inspection_self_report (inspection_id, filename, content_type, size_bytes, content, uploaded_by,
                            uploaded_at) values (:i, :f, :t, :s, :c, :u, :at)""")
                .param("i", inspectionId).param("f", name).param("t", contentType).param("s", content.length).param("c", content)
                .param("u", CurrentUser.actorName()).param("at", Timestamp.from(now)).update(keys, "id");
        events.publishEvent(AuditRecord.of("ATTACH", "Inspection", inspectionId, inspection.getOrgPath(), name,
                Map.of("selfReport", new Object[] {null, name})));
        return new SelfReport(keys.getKey().longValue(), name, contentType, content.length, CurrentUser.actorName(), now);
    }

    public File download(long inspectionId, long reportId) {
        get(inspectionId);
        return jdbc.sql("select filename, content_type, content from inspection_self_report where id = :id and inspection_id = :i")
                .param("id", reportId).param("i", inspectionId)
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("SelfReport", reportId));
    }

    /** Kết luận: the conclusion text and the notice number; findings may still be added until the notice is sent. */
    @Transactional
    public Inspection conclude(long id, String conclusion, String noticeNumber, Long version) {
        Inspection inspection = get(id);
        InspectionAccess.requireInspector(CurrentUser.get(), inspection.getInspectingOrgPath());
        checkVersion(version, inspection.getVersion());
        if (inspection.getStatus() == InspectionStatus.NOTIFIED) {
            throw new BusinessRuleException("conclusion", "inspection.error.alreadyNotified");
        }
        String text = VietnameseText.clean(conclusion);
        String number = VietnameseText.clean(noticeNumber);
        if (text == null) {
            throw new BusinessRuleException("conclusion", "validation.required");
        }
        if (text.length() > 4000) {
            throw new BusinessRuleException("conclusion", "inspection.error.tooLong", 4000);
        }
        if (number == null) {
            throw new BusinessRuleException("noticeNumber", "validation.required");
        }
        if (number.length() > 100) {
            throw new BusinessRuleException("noticeNumber", "inspection.error.tooLong", 100);
        }
        var before = inspection.snapshot();
        inspection.conclude(text, number, clock.instant());
        inspections.flush();
        events.publishEvent(AuditRecord.of("CONCLUDE", "Inspection", id, inspection.getOrgPath(),
                inspection.getSubjectName() + ": " + number, Changes.between(before, inspection.snapshot())));
        return inspection;
    }

    /** Thông báo kết luận đã gửi: only after the conclusion; the date may not lie in the future. */
    @Transactional
    public Inspection markNoticeSent(long id, LocalDate sentOn, Long version) {
        Inspection inspection = get(id);
        InspectionAccess.requireInspector(CurrentUser.get(), inspection.getInspectingOrgPath());
        checkVersion(version, inspection.getVersion());
        if (inspection.getStatus() != InspectionStatus.CONCLUDED) {
            throw new BusinessRuleException("sentOn", "inspection.error.notConcluded");
        }
        if (sentOn == null) {
            throw new BusinessRuleException("sentOn", "validation.required");
        }
        if (sentOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("sentOn", "validation.date.notFuture");
        }
        var before = inspection.snapshot();
        inspection.noticeSent(sentOn, CurrentUser.actorName(), clock.instant());
        inspections.flush();
        events.publishEvent(AuditRecord.of("NOTICE_SENT", "Inspection", id, inspection.getOrgPath(),
                inspection.getSubjectName() + ": " + inspection.getNoticeNumber(), Changes.between(before, inspection.snapshot())));
        events.publishEvent(InspectionEvents.noticeSent(inspection, sentOn, jdbc));
        return inspection;
    }
}
