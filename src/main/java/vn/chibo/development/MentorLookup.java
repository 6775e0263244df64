package vn.chibo.development;

import java.util.Optional;

/**
 * Port the mentoring module implements: who mentors a person now, so that a candidate's record names his
 * mentor. (A port rather than a call into mentoring, because mentoring already calls this module's
 * {@link DevelopmentPipeline}: the dependency runs one way only.)
 */
public interface MentorLookup {

    Optional<Long> currentMentorOf(long personId);
}
