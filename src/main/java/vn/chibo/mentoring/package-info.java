/**
 * Dìu dắt quần chúng và cấp dưới: mentors (cadres, party members, core members with their
 * training), three-person groups (tổ 3 người) of a cell or unit, assignments of masses and
 * subordinates with goals, the assignment helper, group sessions, progress reviews and outcomes,
 * and the programme board. Public API: {@link vn.chibo.mentoring.MentoringDirectory}; indicator
 * values for the evaluation module ('mentoring.*').
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentoring")
package vn.chibo.mentoring;
