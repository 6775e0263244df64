package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.development.CandidateAdmitted;
import vn.chibo.development.CandidateListedAsSympathiser;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonDirectory.PersonFacts;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
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
    private final PersonDirectory people;
    private final vn.chibo.development.MentorLookup mentoring;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DevelopmentService(CandidateRepository candidates, CandidateEventRepository timeline, DevelopmentRuleKind rulebooks,
                       PersonDirectory people, vn.chibo.development.MentorLookup mentoring, ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.timeline = timeline;
        this.rulebooks = rulebooks;
        this.people = people;
        this.mentoring = mentoring;
        this.events = events;
        this.clock = clock;
    }

    /** A candidate the account may see: in its subtree, or his own record; else 404. */
    public Candidate candidate(long id) {
        ChiboUser user = CurrentUser.get();
        return candidates.findById(id)
                .filter(c -> user.canSeePerson(c.getPersonId(), c.getOrgPath()))
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

    /** Whether the account may record a step into this stage for a candidate. */
    public boolean mayRecord(Candidate c, Stage next) {
        ChiboUser user = CurrentUser.get();
        if (!user.canSee(c.getOrgPath())) {
            return false;
        }
        return user.may(next.byCommittee() ? Permission.DECIDE_ADMISSIONS : Permission.DEVELOP_MEMBERS);
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
        if (!user.canSee(person.orgPath()) || !(user.mayChangePeople())) {
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
        Candidate c = candidate(id);
        if (!mayRecord(c, next)) {
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
        String note = null;
        switch (next) {
            case SYMPATHISER -> {
                requireCertificate(form, on);
                c.certificate(VietnameseText.clean(form.getCertificateNumber()), form.getCertificateOn());
                if (person.partyStatus() == PartyStatus.MASS) {
                    people.changePartyStatus(person.id(), PartyStatus.SYMPATHISER, on, "Cảm tình Đảng");
                }
                events.publishEvent(new CandidateListedAsSympathiser(person.id(), on));
            }
            case CANDIDATE -> {
                if (form.getCertificateOn() != null) {
                    requireCertificate(form, on);
                    c.certificate(VietnameseText.clean(form.getCertificateNumber()), form.getCertificateOn());
                }
                requireIntroducer(form.getIntroducer1Id(), person);
                requireIntroducer(form.getIntroducer2Id(), person);
                c.introducers(form.getIntroducer1Id(), form.getIntroducer1Since(), form.getIntroducer2Id(),
                        form.getIntroducer2Since());
                Set<DossierItem> items = EnumSet.noneOf(DossierItem.class);
                items.addAll(form.getDossier());
                items.removeAll(EnumSet.of(DossierItem.FORM_6, DossierItem.FORM_8, DossierItem.FORM_9));
                items.addAll(c.dossierItems().stream().filter(i -> i == DossierItem.FORM_6 || i == DossierItem.FORM_8
                        || i == DossierItem.FORM_9).toList());
                c.setDossierItems(items);
            }
            case CELL_RESOLVED -> {
                List<Eligibility.Problem> problems = eligibility(c, on);
                if (!problems.isEmpty()) {
                    throw new BusinessRuleException(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
                }
                votes(form, rules);
                c.cellResolution(on, form.getVotesFor(), form.getVotesAgainst() == null ? 0 : form.getVotesAgainst(),
                        form.getOfficialMembers());
                addItem(c, DossierItem.FORM_6);
                note = form.getVotesFor() + "/" + form.getOfficialMembers();
            }
            case COMMITTEE_RESOLVED -> {
                c.committeeResolution(on);
                addItem(c, DossierItem.FORM_8);
            }
            case DECIDED -> {
                String number = requireNumber(form);
                c.decision(number, on);
                addItem(c, DossierItem.FORM_9);
                note = number;
            }
            case PROBATION -> {
                if (form.getHelperId() == null) {
                    throw new BusinessRuleException("helperId", "development.error.helperRequired");
                }
                PersonRef helper = people.find(form.getHelperId()).filter(h -> h.partyStatus() == PartyStatus.OFFICIAL)
                        .orElseThrow(() -> new BusinessRuleException("helperId", "development.error.helperNotOfficial"));
                people.changePartyStatus(person.id(), PartyStatus.PROBATIONARY, on, "Kết nạp theo " + c.getDecisionNumber());
                c.ceremony(on, helper.id(), on.plusMonths(rules.probationMonths()));
                events.publishEvent(new CandidateAdmitted(person.id(), on, c.getDecisionNumber()));
                note = helper.fullName();
            }
            case RECOGNITION_RESOLVED -> {
                if (c.getProbationEnd() != null && on.isBefore(c.getProbationEnd())) {
                    throw new BusinessRuleException("on", "development.error.probationNotOver");
                }
                String self = limited("selfReview", form.getSelfReview());
                String comment = limited("helperComment", form.getHelperComment());
                if (self == null || comment == null) {
                    throw new BusinessRuleException(self == null ? "selfReview" : "helperComment", "validation.required");
                }
                votes(form, rules);
                c.recognitionResolution(self, comment, on, form.getVotesFor(),
                        form.getVotesAgainst() == null ? 0 : form.getVotesAgainst(), form.getOfficialMembers());
                note = form.getVotesFor() + "/" + form.getOfficialMembers();
            }
            case OFFICIAL -> {
                String number = requireNumber(form);
                c.recognitionDecision(number, on);
                LocalDate officialFrom = c.getProbationEnd() == null || c.getProbationEnd().isAfter(on) ? on : c.getProbationEnd();
                people.changePartyStatus(person.id(), PartyStatus.OFFICIAL, officialFrom, "Công nhận chính thức theo " + number);
                note = number;
            }
            case REMOVED -> {
                if (c.getStage() != Stage.PROBATION && c.getStage() != Stage.RECOGNITION_RESOLVED) {
                    throw new BusinessRuleException("stage", "development.error.order");
                }
                String reason = requireReason(form);
                people.changePartyStatus(person.id(), PartyStatus.STRUCK_OFF, on, reason);
                c.close(reason);
                note = reason;
            }
            case WITHDRAWN -> {
                if (c.getStage().ordinal() >= Stage.PROBATION.ordinal()) {
                    throw new BusinessRuleException("stage", "development.error.order");
                }
                String reason = requireReason(form);
                c.close(reason);
                note = reason;
            }
            default -> throw new BusinessRuleException("stage", "development.error.order");
        }
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
        if (!mayRecord(c, Stage.DECIDED)) {
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

    /** The same problems with their arguments, for the candidate page. */
    public List<Eligibility.Problem> eligibility(Candidate c, LocalDate on) {
        DevelopmentRules rules = rulesFor(c.getOrgPath());
        PersonFacts facts = people.facts(c.getPersonId()).orElseThrow();
        List<Eligibility.Introducer> introducers = new ArrayList<>();
        introducers.add(introducer(c.getIntroducer1Id(), c.getIntroducer1Since()));
        introducers.add(introducer(c.getIntroducer2Id(), c.getIntroducer2Since()));
        List<Eligibility.Problem> problems = new ArrayList<>(Eligibility.check(facts, on, c.getCertificateOn(), introducers, rules));
        Set<DossierItem> items = c.dossierItems();
        for (String required : rules.dossierRequired()) {
            if (!items.contains(DossierItem.valueOf(required))) {
                problems.add(new Eligibility.Problem("dossier", "development.eligibility.dossierMissing",
                        required.replace("FORM_", "") + "-KNĐ"));
            }
        }
        return problems;
    }

    private Eligibility.Introducer introducer(Long id, LocalDate since) {
        return id == null ? null : new Eligibility.Introducer(people.facts(id).orElse(null), since);
    }

    private void requireIntroducer(Long id, PersonRef candidate) {
        if (id == null) {
            return;
        }
        PersonRef introducer = people.find(id).orElseThrow(() -> new BusinessRuleException("introducer1Id", "validation.required"));
        if (!CurrentUser.get().canSeePerson(introducer.id(), introducer.orgPath()) || introducer.id() == candidate.id()) {
            throw new BusinessRuleException("introducer1Id", "development.eligibility.introducerNotOfficial", introducer.fullName());
        }
    }

    private void requireCertificate(StepForm form, LocalDate on) {
        if (form.getCertificateOn() == null) {
            throw new BusinessRuleException("certificateOn", "development.error.certificateRequired");
        }
        if (form.getCertificateOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("certificateOn", "validation.date.notFuture");
        }
        String number = VietnameseText.clean(form.getCertificateNumber());
        if (number != null && number.length() > 100) {
            throw new BusinessRuleException("certificateNumber", "development.error.tooLong", 100);
        }
    }

    private static void votes(StepForm form, DevelopmentRules rules) {
        Integer votesFor = form.getVotesFor();
        Integer members = form.getOfficialMembers();
        int against = form.getVotesAgainst() == null ? 0 : form.getVotesAgainst();
        if (votesFor == null || members == null) {
            throw new BusinessRuleException(votesFor == null ? "votesFor" : "officialMembers", "validation.required");
        }
        if (votesFor < 0 || against < 0 || members < 1 || votesFor + against > members) {
            throw new BusinessRuleException("votesFor", "development.error.votes");
        }
        if (!rules.approves(votesFor, members)) {
            throw new BusinessRuleException("votesFor", "development.error.majority", rules.approvalNumerator(),
                    rules.approvalDenominator(), votesFor, members);
        }
    }

    private static String requireNumber(StepForm form) {
        String number = VietnameseText.clean(form.getNumber());
        if (number == null) {
            throw new BusinessRuleException("number", "development.error.numberRequired");
        }
        if (number.length() > 100) {
            throw new BusinessRuleException("number", "development.error.tooLong", 100);
        }
        return number;
    }

    private static String requireReason(StepForm form) {
        String reason = VietnameseText.clean(form.getReason());
        if (reason == null) {
            throw new BusinessRuleException("reason", "development.error.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw new BusinessRuleException("reason", "development.error.tooLong", 1000);
        }
        return reason;
    }

    private static String limited(String field, String text) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned != null && cleaned.length() > 4000) {
            throw new BusinessRuleException(field, "development.error.tooLong", 4000);
        }
        return cleaned;
    }

    private static void addItem(Candidate c, DossierItem item) {
        Set<DossierItem> items = c.dossierItems();
        items.add(item);
        c.setDossierItems(items);
    }

    private void event(Candidate c, Stage stage, LocalDate on, String note) {
        timeline.save(new CandidateEvent(c.getId(), stage, on, note, CurrentUser.actorName(), clock.instant()));
    }

    private void audit(String action, Candidate c, String name, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, c.getId(), c.getOrgPath(), name, changes));
    }
}
