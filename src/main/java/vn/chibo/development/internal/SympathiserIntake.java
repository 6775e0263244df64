package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.development.DevelopmentPipeline;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.CurrentUser;

/**
 * Opens the pipeline for a person another module put on the sympathiser list (a mentoring outcome), so
 * that the sympathiser list and the pipeline are one fact: such a person always has an open record.
 */
@Component
class SympathiserIntake implements DevelopmentPipeline {

    private final CandidateRepository candidates;
    private final CandidateEventRepository timeline;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SympathiserIntake(CandidateRepository candidates, CandidateEventRepository timeline, PersonDirectory people,
                      ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.timeline = timeline;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean openSympathiser(long personId, Long mentorPersonId, LocalDate on) {
        PersonRef person = people.find(personId).orElseThrow();
        if (person.partyStatus() != PartyStatus.SYMPATHISER
                || candidates.findByPersonIdOrderByIdDesc(personId).stream().anyMatch(c -> c.getStage().isOpen())) {
            return false;
        }
        Candidate candidate = candidates.saveAndFlush(new Candidate(person.id(), person.organizationId(), person.orgPath(),
                Stage.SYMPATHISER, on, mentorPersonId, clock.instant()));
        timeline.save(new CandidateEvent(candidate.getId(), Stage.SYMPATHISER, on, null, CurrentUser.actorName(), clock.instant()));
        events.publishEvent(AuditRecord.of("CREATE", "Candidate", candidate.getId(), candidate.getOrgPath(), person.fullName(),
                Changes.created(candidate.snapshot())));
        return true;
    }
}
