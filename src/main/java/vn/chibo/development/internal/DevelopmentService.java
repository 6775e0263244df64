package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.jdbc.WritersTurns;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The party development pipeline, step by step, scoped to the signed-in account: the cell's steps are
 * recorded by administrators, officers and secretaries in their subtree; the committee's resolution and
 * the decisions by administrators and officers. Every step is checked against the rule data in force,
 * written to the candidate's timeline and the audit trail; admission and official recognition change
 * the person's party status through the people module and count for his mentor.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentService {

    private static final String ENTITY = "Candidate";

    /** One open development record per person (V15). */
    private static final String ONE_OPEN_CANDIDATE = "uk_development_candidate_open";
    private final CandidateRepository candidates;
    private final CandidateEventRepository timeline;
    private final DevelopmentRuleKind rulebooks;
    private final CandidateEligibility eligibility;
    private final StepRecorder recorder;
    private final PersonDirectory people;
    private final vn.chibo.development.MentorLookup mentoring;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WritersTurns turns;

    DevelopmentService(CandidateRepository candidates, CandidateEventRepository timeline, DevelopmentRuleKind rulebooks,
                       CandidateEligibility eligibility, StepRecorder recorder, PersonDirectory people,
                       vn.chibo.development.MentorLookup mentoring, ApplicationEventPublisher events, Clock clock,
                       WritersTurns turns) {
        this.candidates = candidates;
        this.timeline = timeline;
        this.rulebooks = rulebooks;
        this.eligibility = eligibility;
        this.recorder = recorder;
        this.people = people;
        this.mentoring = mentoring;
        this.events = events;
        this.clock = clock;
        this.turns = turns;
    }

    /** A candidate the account may see: in its subtree, or his own record; else 404. */
    public Candidate candidate(long id) {
        ChiboUser user = CurrentUser.get();
        return candidates.findById(id)
                .filter(c -> DevelopmentAccess.mayRead(user, c))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public List<CandidateEvent> timeline(long id) {
        return timeline.findByCandidateIdOrderByOccurredOnAscIdAsc(candidate(id).getId());
    }

    public DevelopmentRules rulesFor(String orgPath) {
        return rulebooks.rulesFor(orgPath, LocalDate.now(clock));
    }

    public Deadline deadlineOf(Candidate c) {
        return Deadline.of(c, rulesFor(c.getOrgPath()), LocalDate.now(clock));
    }

    /** The stage a candidate moves to next in the ordinary course. */
    public static Stage nextStage(Stage stage) {
        return switch (stage) {
            case SOURCE -> Stage.SYMPATHISER;
            case SYMPATHISER -> Stage.CANDIDATE;
            case CANDIDATE -> Stage.CELL_RESOLVED;
            case CELL_RESOLVED -> Stage.COMMITTEE_RESOLVED;
            case COMMITTEE_RESOLVED -> Stage.DECIDED;
            case DECIDED -> Stage.PROBATION;
            case PROBATION -> Stage.RECOGNITION_RESOLVED;
            case RECOGNITION_RESOLVED -> Stage.OFFICIAL;
            default -> null;
        };
    }

    /** Puts a mass or sympathiser of the account's subtree into the pipeline; his current mentor is linked. */
    @Transactional
    public Candidate open(long personId, Stage stage) {
        PersonRef person = people.requireVisible(personId);
        ChiboUser user = CurrentUser.get();
        if (!DevelopmentAccess.mayOpen(user, person.orgPath())) {
            throw new ForbiddenException("open a development record");
        }
        if (person.partyStatus() != PartyStatus.MASS && person.partyStatus() != PartyStatus.SYMPATHISER) {
            throw new BusinessRuleException("personId", "development.error.notMass", person.fullName());
        }
        if (candidates.findByPersonIdOrderByIdDesc(personId).stream().anyMatch(c -> c.getStage().isOpen())) {
            throw new DuplicateRecordException("personId", "development.error.alreadyOpen", person.fullName());
        }
        Stage first = person.partyStatus() == PartyStatus.SYMPATHISER ? Stage.SYMPATHISER : Stage.SOURCE;
        if (stage != null && stage != first) {
            throw new BusinessRuleException("stage", "development.error.firstStage");
        }
        Long mentor = mentoring.currentMentorOf(person.id()).orElse(null);
        Candidate candidate = DuplicateRecordException.guard(ONE_OPEN_CANDIDATE,
                () -> candidates.saveAndFlush(new Candidate(person.id(), person.organizationId(), person.orgPath(), first,
                        LocalDate.now(clock), mentor, clock.instant())),
                () -> new DuplicateRecordException("personId", "development.error.alreadyOpen", person.fullName()));
        event(candidate, first, LocalDate.now(clock), null);
        audit("CREATE", candidate, person.fullName(), Changes.created(candidate.snapshot()));
        return candidate;
    }

    /**
     * Records the next step (or the same stage again for the dossier). Checks, in order: the account's role
     * for the step, the form's version, the stage order, and the step's own rules.
     */
    @Transactional
    public Candidate step(long id, Stage next, StepForm form) {
        // a step writes the candidate, may change the person's party status and tells the mentoring (an outcome): their
        // kinds' turns first, in the one order (else development, people, mentoring, against a moved subtree's and a
        // mentoring outcome's mentoring, development, people)
        turns.take(WritersTurns.Kind.MENTORING, WritersTurns.Kind.DEVELOPMENT, WritersTurns.Kind.PEOPLE);
        Candidate c = candidate(id);
        if (!DevelopmentAccess.mayRecord(CurrentUser.get(), c, next)) {
            throw new ForbiddenException("record step " + next);
        }
        if (form.getVersion() == null || form.getVersion() != c.getVersion()) {
            throw new ConcurrentEditException();
        }
        boolean dossierUpdate = next == Stage.CANDIDATE && c.getStage() == Stage.CANDIDATE;
        boolean closing = next == Stage.REMOVED || next == Stage.WITHDRAWN;
        if (!dossierUpdate && !closing && nextStage(c.getStage()) != next) {
            throw new BusinessRuleException("stage", "development.error.order");
        }
        DevelopmentRules rules = rulesFor(c.getOrgPath());
        LocalDate on = form.getOn() == null ? LocalDate.now(clock) : form.getOn();
        if (on.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("on", "validation.date.notFuture");
        }
        if (!dossierUpdate && on.isBefore(c.getStageSince()) && next != Stage.CANDIDATE) {
            throw new BusinessRuleException("on", "development.error.beforePrevious");
        }
        PersonRef person = people.find(c.getPersonId()).orElseThrow();
        Map<String, Object> before = c.snapshot();
        String note = recorder.record(c, next, form, person, rules, on);
        if (!dossierUpdate) {
            c.moveTo(next, on, clock.instant());
        }
        event(c, next, on, note);
        audit(dossierUpdate ? "UPDATE" : "TRANSITION", c, person.fullName(), Changes.between(before, c.snapshot()));
        return c;
    }

    /** Extends the running decision deadline once by the rulebook's extension (30 working days). */
    @Transactional
    public Candidate extend(long id, Long version) {
        Candidate c = candidate(id);
        if (!DevelopmentAccess.mayRecord(CurrentUser.get(), c, Stage.DECIDED)) {
            throw new ForbiddenException("extend a deadline");
        }
        if (version == null || version != c.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = c.snapshot();
        switch (c.getStage()) {
            case CELL_RESOLVED, COMMITTEE_RESOLVED -> {
                if (c.isDecisionExtended()) {
                    throw new BusinessRuleException("stage", "development.error.extendedOnce");
                }
                c.extendDecision();
            }
            case RECOGNITION_RESOLVED -> {
                if (c.isRecognitionExtended()) {
                    throw new BusinessRuleException("stage", "development.error.extendedOnce");
                }
                c.extendRecognition();
            }
            default -> throw new BusinessRuleException("stage", "development.error.nothingToExtend");
        }
        event(c, c.getStage(), LocalDate.now(clock), "+" + rulesFor(c.getOrgPath()).extensionWorkingDays());
        audit("EXTEND", c, people.find(c.getPersonId()).map(PersonRef::fullName).orElse(""), Changes.between(before, c.snapshot()));
        return c;
    }
    /** The problems that stand before the cell's resolution, with their arguments, for the candidate page. */
    public List<Eligibility.Problem> eligibility(Candidate c, LocalDate on) {
        return eligibility.check(c, on);
    }

    private void event(Candidate c, Stage stage, LocalDate on, String note) {
        timeline.save(new CandidateEvent(c.getId(), stage, on, note, CurrentUser.actorName(), clock.instant()));
    }

    private void audit(String action, Candidate c, String name, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, c.getId(), c.getOrgPath(), name, changes));
    }
}
