package vn.chibo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invariants a freshly generated demo keeps on any day, as SQL over the raw rows. Each check counts the rows (or
 * cases) that break it, so a consistent demo gives zero everywhere. Used by the demo tests of the shared test context and
 * by {@code DemoOnAnyDayTest}, which generates the demo as of other days.
 */
public final class DemoConsistency {

    private final JdbcClient jdbc;
    private final LocalDate today;

    public DemoConsistency(JdbcClient jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Fails with the name and count of every broken invariant. */
    public static void assertNoProblems(Map<String, Long> problems) {
        assertThat(problems).allSatisfy((check, count) -> assertThat(count).as(check).isZero());
    }

    /** Every check of every module. */
    public Map<String, Long> all() {
        Map<String, Long> all = new LinkedHashMap<>();
        all.putAll(region());
        all.putAll(meetings());
        all.putAll(inspection());
        all.putAll(development());
        all.putAll(classification());
        all.putAll(oneSourcePerFact());
        all.putAll(reviewYears());
        all.putAll(nothingAfterToday());
        return all;
    }

    public Map<String, Long> region() {
        Map<String, Long> p = new LinkedHashMap<>();
        p.put("region: cells without a secretary", count("""
                select count(*) from organization o where o.type = 'CELL'
                and exists (select 1 from person m where m.organization_id = o.id and m.party_status in ('OFFICIAL', 'PROBATIONARY'))
                and not exists (
                  select 1 from leadership_role r where r.organization_id = o.id and r.role = 'SECRETARY' and r.to_date is null)"""));
        long people = count("select count(*) from person");
        long members = count("select count(*) from person where party_status in ('OFFICIAL', 'PROBATIONARY')");
        double share = people == 0 ? 0 : (double) members / people;
        p.put("region: party members not about a third of the people", share >= 0.28 && share <= 0.42 ? 0L : 1L);
        p.put("people: per-organization counts that differ from the person rows", count(PeopleCountCheck.MISMATCHES));
        p.put("people: per-subtree counts that differ from the person rows", count(PeopleCountCheck.SUBTREE_MISMATCHES));
        p.put("people: per-name counts that differ from the person rows", count(PeopleCountCheck.NAME_MISMATCHES));
        p.put("emulation: review marks that differ from the self-review rows", count("""
                select (select count(*) from (select registration_id, review_period, count(*) as n from self_review
                          group by registration_id, review_period) r
                        where not exists (select 1 from registration_review m where m.registration_id = r.registration_id
                          and m.review_period = r.review_period and m.indicator_rows = r.n))
                     + (select count(*) from registration_review m where not exists (select 1 from self_review v
                          where v.registration_id = m.registration_id and v.review_period = m.review_period))"""));
        return p;
    }

    public Map<String, Long> meetings() {
        Map<String, Long> p = new LinkedHashMap<>();
        p.put("meetings: open meetings whose stored counts differ from their rows", count("""
                select count(*) from meeting m where m.status <> 'CLOSED' and (
                  m.present_count <> (select count(*) from meeting_attendee a where a.meeting_id = m.id and a.role = 'MEMBER' and a.attendance = 'PRESENT')
                  or m.unexcused_count <> (select count(*) from meeting_attendee a where a.meeting_id = m.id and a.role = 'MEMBER' and a.attendance = 'UNEXCUSED')
                  or m.official_count + m.probationary_count <> (select count(*) from meeting_attendee a where a.meeting_id = m.id and a.role = 'MEMBER')
                  or m.contribution_count <> (select count(*) from meeting_contribution c where c.meeting_id = m.id)
                  or m.speaker_count <> (select count(distinct c.attendee_id) from meeting_contribution c join meeting_attendee a on a.id = c.attendee_id
                                         where c.meeting_id = m.id and a.role = 'MEMBER' and a.attendance = 'PRESENT'))"""));
        // closed minutes were counted when they were scored, and nothing changed since in the demo
        p.put("meetings: closed meetings whose present count differs from their rows", count("""
                select count(*) from meeting m where m.status = 'CLOSED' and m.present_count <>
                  (select count(*) from meeting_attendee a where a.meeting_id = m.id and a.role = 'MEMBER' and a.attendance = 'PRESENT')"""));
        p.put("meetings: held or closed without a score", count(
                "select count(*) from meeting where status in ('HELD', 'CLOSED') and score is null and kind <> 'COMMITTEE'"));
        long cells = count("select count(*) from organization where type = 'CELL' and status = 'ACTIVE'");
        long cellMonths = jdbc.sql("select count(distinct organization_id || '/' || period) from meeting where kind = 'REGULAR'"
                + " and meeting_date >= :f").param("f", YearMonth.from(today).minusMonths(23).atDay(1)).query(Long.class).single();
        p.put("meetings: cell-months without a regular meeting in two years", Math.max(0, cells * 24 - cells - cellMonths));
        p.put("meetings: held or closed after today", countUpTo(
                "select count(*) from meeting where status in ('HELD', 'CLOSED') and meeting_date > :today"));
        return p;
    }

    public Map<String, Long> inspection() {
        Map<String, Long> p = new LinkedHashMap<>();
        p.put("inspection: closed findings without every action verified effective", count("""
                select count(*) from inspection_finding f where f.status = 'CLOSED' and (f.days_to_close is null
                  or f.closed_on is null or not exists (select 1 from remediation_action a where a.finding_id = f.id)
                  or exists (select 1 from remediation_action a where a.finding_id = f.id
                    and (a.verification is null or a.verification <> 'EFFECTIVE' or a.verified_on > f.closed_on)))"""));
        p.put("inspection: days to close not from found to closed", count("""
                select count(*) from inspection_finding f where f.status = 'CLOSED'
                  and f.days_to_close <> datediff('DAY', f.found_on, f.closed_on)"""));
        p.put("inspection: handled findings without a plan", count("""
                select count(*) from inspection_finding f where f.status = 'HANDLED' and (f.handled_on is null
                  or not exists (select 1 from remediation_action a where a.finding_id = f.id))"""));
        p.put("inspection: strengths not just noted",
                count("select count(*) from inspection_finding where finding_type = 'STRENGTH' and status <> 'NOTED'"));
        p.put("inspection: actions completed or verified after today or verified before completed", countUpTo("""
                select count(*) from remediation_action where completed_on > :today or verified_on > :today
                  or verified_on < completed_on"""));
        p.put("inspection: repeats not of an earlier finding of the same subject and criterion", count("""
                select count(*) from inspection_finding f join inspection_finding e on e.id = f.repeat_of_id
                  where e.found_on > f.found_on or coalesce(e.person_id, -1) <> coalesce(f.person_id, -1)
                  or coalesce(e.subject_org_id, -1) <> coalesce(f.subject_org_id, -1) or e.criterion_code <> f.criterion_code"""));
        p.put("inspection: findings found after today", countUpTo("select count(*) from inspection_finding where found_on > :today"));
        p.put("inspection: notices sent after today", countUpTo("select count(*) from inspection where notice_sent_on > :today"));
        return p;
    }

    public Map<String, Long> development() {
        Map<String, Long> p = new LinkedHashMap<>();
        long probationary = count("select count(*) from person where party_status = 'PROBATIONARY'");
        long inProbation = count("select count(*) from development_candidate c join person p on p.id = c.person_id"
                + " where c.stage = 'PROBATION' and p.party_status = 'PROBATIONARY' and c.ceremony_on = p.admitted_on");
        p.put("development: probationary members not in probation since their ceremony", Math.abs(probationary - inProbation));
        long admittedOutcomes = count("select count(*) from mentoring_outcome where kind = 'ADMITTED'");
        long matching = count("select count(*) from mentoring_outcome o join development_candidate c on c.person_id = o.mentee_person_id"
                + " and c.ceremony_on = o.occurred_on and c.mentor_person_id = o.mentor_person_id where o.kind = 'ADMITTED'");
        p.put("mentoring: admissions of mentees not in the development pipeline", Math.abs(admittedOutcomes - matching));
        p.put("development: official candidates who are not official members", count("select count(*) from development_candidate c"
                + " join person p on p.id = c.person_id where c.stage = 'OFFICIAL' and p.party_status <> 'OFFICIAL'"));
        p.put("mentoring: sessions held after today", countUpTo("select count(*) from mentoring_session where held_on > :today"));
        long sessionsThisMonth = jdbc.sql("select count(*) from mentoring_session where held_on between :from and :today")
                .param("from", today.withDayOfMonth(1)).param("today", today).query(Long.class).single();
        p.put("mentoring: no session held this month (the board's figure)", sessionsThisMonth > 0 ? 0L : 1L);
        p.put("development: steps taken after today", countUpTo("select count(*) from development_event where occurred_on > :today"));
        return p;
    }

    public Map<String, Long> classification() {
        Map<String, Long> p = new LinkedHashMap<>();
        // Quy định 366: at most 20% of those rated good or better may be rated excellent, in every quota group
        p.put("classification: last year's groups over the excellent quota", jdbc.sql("""
                        select count(*) from (select sum(case when e.decided_grade = 'EXCELLENT' then 1 else 0 end) excellent,
                          sum(case when e.decided_grade in ('EXCELLENT', 'GOOD') then 1 else 0 end) good
                          from classification_entry e join classification_round r on r.id = e.round_id
                          where r.round_year = :y group by e.round_id, e.quota_group) g
                        where g.excellent * 5 > g.good""")
                .param("y", today.getYear() - 1).query(Long.class).single());
        return p;
    }

    /** Issue 12 §1: a mentoring outcome restates a fact of its one source (the award register, the pipeline, the people). */
    public Map<String, Long> oneSourcePerFact() {
        Map<String, Long> p = new LinkedHashMap<>();
        p.put("mentoring: awarded outcomes without their award record", count(
                "select count(*) from mentoring_outcome where kind = 'AWARDED' and award_record_id is null"));
        p.put("mentoring: awarded outcomes whose record is not the mentee's, on the outcome's day, during the assignment", count("""
                select count(*) from mentoring_outcome o join award_record a on a.id = o.award_record_id
                  join mentoring_assignment s on s.id = o.assignment_id
                  where a.person_id <> o.mentee_person_id or a.decision_date <> o.occurred_on or a.decision_date < s.start_date
                    or (s.end_date is not null and a.decision_date > s.end_date)"""));
        p.put("mentoring: outcomes other than awarded linked to an award", count(
                "select count(*) from mentoring_outcome where kind <> 'AWARDED' and award_record_id is not null"));
        p.put("mentoring: admitted mentees who are not members admitted on the outcome's day", count("""
                select count(*) from mentoring_outcome o join person p on p.id = o.mentee_person_id where o.kind = 'ADMITTED'
                  and (p.admitted_on is null or p.admitted_on <> o.occurred_on or p.party_status not in ('PROBATIONARY', 'OFFICIAL'))"""));
        p.put("mentoring: sympathiser outcomes of people never sympathisers or without a development record", count("""
                select count(*) from mentoring_outcome o join person p on p.id = o.mentee_person_id where o.kind = 'SYMPATHISER'
                  and (p.sympathiser_since is null or p.party_status not in ('SYMPATHISER', 'PROBATIONARY', 'OFFICIAL')
                    or not exists (select 1 from development_candidate c where c.person_id = o.mentee_person_id))"""));
        p.put("mentoring: the demo's mentoring awards not decided while their person mentored or was mentored", count("""
                select count(*) from award_record a where a.reason in ('Thực hiện tốt mô hình cán bộ, đảng viên dìu dắt quần chúng',
                    'Tiến bộ vượt bậc trong thời gian được dìu dắt, hoàn thành xuất sắc nhiệm vụ') and not exists (select 1 from mentoring_assignment s
                    where (s.mentor_person_id = a.person_id or s.mentee_person_id = a.person_id) and s.start_date <= a.decision_date
                      and (s.end_date is null or s.end_date >= a.decision_date))"""));
        return p;
    }

    /** Issue 12 §8: every one of the last three full years has its models decided and its classification round. */
    public Map<String, Long> reviewYears() {
        Map<String, Long> p = new LinkedHashMap<>();
        for (int year = today.getYear() - 3; year < today.getYear(); year++) {
            for (String model : new String[] {"CHI_BO_5_TOT", "DANG_VIEN_5_TOT", "DON_VI_VMTD_MAU_MUC"}) {
                long decided = jdbc.sql("""
                                select count(*) from assessment a join registration g on g.id = a.registration_id
                                  join programme m on m.id = g.programme_id join rulebook b on b.id = m.rulebook_id
                                  where b.code = :code and m.programme_year = :y and a.status = 'DECIDED'""")
                        .param("code", model).param("y", year).query(Long.class).single();
                p.put("evaluation: no decided " + model + " in " + year, decided > 0 ? 0L : 1L);
            }
            long cells = jdbc.sql("""
                    select count(*) from classification_entry e join classification_round r on r.id = e.round_id
                      where r.round_year = :y and e.status = 'DECIDED' and e.org_type = 'CELL' and e.decided_grade <> 'EXEMPT'""")
                    .param("y", year).query(Long.class).single();
            long good = jdbc.sql("""
                    select count(*) from classification_entry e join classification_round r on r.id = e.round_id
                      where r.round_year = :y and e.status = 'DECIDED' and e.org_type = 'CELL'
                        and e.decided_grade in ('EXCELLENT', 'GOOD')""").param("y", year).query(Long.class).single();
            // seed article 000: about 94% of cells good or better
            p.put("classification: no decided round in " + year + ", or cells good or better far from 94%",
                    cells > 0 && good * 100 >= cells * 85 && good * 100 <= cells * 99 ? 0L : 1L);
        }
        p.put("evaluation: recognised subjects whose year-end review misses an indicator", count("""
                select count(*) from assessment a where a.decided_recognised = true and exists (select 1 from self_review r
                  where r.registration_id = a.registration_id and r.review_period = (select cast(m.programme_year as varchar(4))
                    from registration g join programme m on m.id = g.programme_id where g.id = a.registration_id) and r.met = false)"""));
        return p;
    }

    public Map<String, Long> nothingAfterToday() {
        Map<String, Long> p = new LinkedHashMap<>();
        p.put("people: status changes after today", countUpTo("select count(*) from party_status_change where effective_on > :today"));
        p.put("people: admitted after today", countUpTo("select count(*) from person where admitted_on > :today"));
        p.put("recognition: decisions after today", countUpTo("select (select count(*) from award_record where decision_date > :today)"
                + " + (select count(*) from discipline_record where decision_date > :today)"));
        p.put("evaluation: self-reviews of months after this one", jdbc.sql("select count(*) from self_review"
                        + " where length(review_period) = 7 and review_period not like '%Q%' and review_period > :month")
                .param("month", YearMonth.from(today).toString()).query(Long.class).single());
        return p;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long countUpTo(String sql) {
        return jdbc.sql(sql).param("today", today).query(Long.class).single();
    }
}
