package vn.chibo.mentoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.recognition.AwardRegister;

/**
 * 'Mentors awarded' and 'mentees awarded' counted from their one source, the award register: an award
 * record counts for a mentor when its person was mentoring someone at the decision date, for a mentee
 * when its person was being mentored at that date.
 */
@Component
class AwardedInMentoring {

    /** One award of the register, with the mentoring role its person held at the decision date. */
    record Line(long awardId, String orgPath, LocalDate decisionDate, boolean toMentor, boolean toMentee) {
    }

    private record Span(LocalDate start, LocalDate end) {

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    private final AwardRegister awards;
    private final JdbcClient jdbc;

    AwardedInMentoring(AwardRegister awards, JdbcClient jdbc) {
        this.awards = awards;
        this.jdbc = jdbc;
    }

    /** Awards to people of a subtree decided between two dates, each with the role its person held then. */
    List<Line> under(String path, LocalDate from, LocalDate to) {
        List<AwardRegister.IndividualAward> found = awards.individualAwardsUnder(path, from, to);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(AwardRegister.IndividualAward::personId).distinct().toList();
        Map<Long, List<Span>> mentoring = new HashMap<>();
        Map<Long, List<Span>> mentored = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("select mentor_person_id, mentee_person_id, start_date, end_date from mentoring_assignment"
                            + " where mentor_person_id in (:ids) or mentee_person_id in (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((rs, n) -> {
                        Span span = new Span(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
                        mentoring.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(span);
                        return mentored.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(span);
                    }).list();
        }
        return found.stream().map(a -> new Line(a.id(), a.orgPath(), a.decisionDate(),
                mentoring.getOrDefault(a.personId(), List.of()).stream().anyMatch(s -> s.covers(a.decisionDate())),
                mentored.getOrDefault(a.personId(), List.of()).stream().anyMatch(s -> s.covers(a.decisionDate()))))
                .toList();
    }
}
