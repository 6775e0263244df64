package vn.chibo.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Published interface through which other modules supply automatic indicator values (meeting
 * attendance rate, meeting grade, discipline in the year, mentees progressed...). A rulebook
 * indicator names its source by {@link #key()}; until a module provides that key the value is
 * entered by hand.
 */
public interface IndicatorSource {

    /** The key rulebooks use, e.g. {@code meeting.attendanceRate}. */
    String key();

    /** The value for an organization or a person over a period, if known. */
    Optional<BigDecimal> value(SubjectKind subjectKind, long subjectId, YearMonth from, YearMonth to);
}
