package vn.chibo.mentoring.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chibo.development.CandidateAdmitted;
import vn.chibo.development.CandidateListedAsSympathiser;
import vn.chibo.mentoring.MentoringOutcome;

/**
 * The development pipeline's decisions as mentoring outcomes: an admission ends the mentee's assignment with
 * the outcome 'admitted' (the only way that outcome arises), reaching the sympathiser stage records 'sympathiser
 * list'. Synchronous, in the pipeline's transaction rather than after commit: the admission and the end of
 * mentoring are one fact, so a failure here must undo the step, and no board may ever see an admitted member
 * still under mentoring.
 */
@Component
class PipelineOutcomes {

    private final ActivityService activity;

    PipelineOutcomes(ActivityService activity) {
        this.activity = activity;
    }

    @EventListener
    void on(CandidateAdmitted admitted) {
        activity.recordOutcome(admitted.personId(), MentoringOutcome.ADMITTED, admitted.on(), admitted.decisionNumber());
    }

    @EventListener
    void on(CandidateListedAsSympathiser listed) {
        activity.recordOutcome(listed.personId(), MentoringOutcome.SYMPATHISER, listed.on(), null);
    }
}
