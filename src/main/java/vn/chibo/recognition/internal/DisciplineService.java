package vn.chibo.recognition.internal;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The discipline register (sổ theo dõi kỷ luật): recording and correcting decisions within the
 * account's scope. Officers and inspectors (ủy ban kiểm tra) record; everyone in scope reads, and
 * a member reads his own.
 */
@Service
@Transactional(readOnly = true)
public class DisciplineService {

    private final DisciplineRepository records;
    private final Subjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisciplineService(DisciplineRepository records, Subjects subjects, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.subjects = subjects;
        this.events = events;
        this.clock = clock;
    }

    public DisciplineRecord get(long id) {
        ChiboUser user = CurrentUser.get();
        return records.findById(id).filter(r -> RecognitionAccess.mayRead(user, r.getOrgPath(), r.getPersonId()))
                .orElseThrow(() -> new NotFoundException("DisciplineRecord", id));
    }

    @Transactional
    public DisciplineRecord create(DisciplineInput input) {
        input.clean();
        Subject subject = subjects.require(input.getPersonId(), input.getOrganizationId(),
                "recognition.error.exactlyOneSubject");
        requireMayRecord();
        check(input, subject.type());
        DisciplineRecord record = new DisciplineRecord(subject, CurrentUser.actorName(), clock.instant());
        record.apply(input, clock.instant());
        records.save(record);
        events.publishEvent(AuditRecord.of("CREATE", "DisciplineRecord", record.getId(), record.getOrgPath(),
                record.getSubjectName() + ": " + record.getDecisionNumber(), Changes.created(record.snapshot())));
        return record;
    }

    @Transactional
    public DisciplineRecord update(long id, DisciplineInput input) {
        DisciplineRecord record = get(id);
        requireMayRecord();
        input.clean();
        if (input.getVersion() == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (input.getVersion() != record.getVersion()) {
            throw new ConcurrentEditException();
        }
        check(input, record.getSubjectKind());
        var before = record.snapshot();
        record.apply(input, clock.instant());
        records.flush();
        events.publishEvent(AuditRecord.of("UPDATE", "DisciplineRecord", record.getId(), record.getOrgPath(),
                record.getSubjectName() + ": " + record.getDecisionNumber(), Changes.between(before, record.snapshot())));
        return record;
    }

    private void requireMayRecord() {
        if (!RecognitionAccess.mayRecordDiscipline(CurrentUser.get())) {
            throw new ForbiddenException("record discipline");
        }
    }

    void check(DisciplineInput input, SubjectType type) {
        if (input.getMeasure() == null) {
            throw new BusinessRuleException("measure", "validation.required");
        }
        if (!input.getMeasure().appliesTo(type)) {
            throw new BusinessRuleException("measure", "recognition.error.measure." + type);
        }
        if (input.getDecisionNumber() == null) {
            throw new BusinessRuleException("decisionNumber", "validation.required");
        }
        if (input.getDecisionDate() == null) {
            throw new BusinessRuleException("decisionDate", "validation.required");
        }
        if (input.getDecisionDate().isAfter(java.time.LocalDate.now(clock))) {
            throw new BusinessRuleException("decisionDate", "validation.date.notFuture");
        }
        if (input.getReason() == null) {
            throw new BusinessRuleException("reason", "validation.required");
        }
        if (input.getReason().length() > 2000) {
            throw new BusinessRuleException("reason", "recognition.error.tooLong", 2000);
        }
    }
}
