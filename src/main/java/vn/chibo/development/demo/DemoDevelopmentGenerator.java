package vn.chibo.development.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Party development records consistent with the people of the demo region: members admitted in the last
 * three years went through the whole pipeline (their mentor linked), probationary members are in
 * probation, and the sympathisers stand at the early stages, some with deadlines running or overdue.
 */
final class DemoDevelopmentGenerator {

    private final JdbcTemplate jdbc;
    private final long seed;
    private final LocalDate today;
    private final Timestamp now;

    DemoDevelopmentGenerator(JdbcTemplate jdbc, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.seed = seed;
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    private record P(long id, long org, String path, String status, LocalDate sympathiser, LocalDate admitted, LocalDate official) {
    }

    void generate(Map<Long, Long> mentorOf) {
        Random random = new Random(seed + 53);
        Map<Long, List<P>> byCell = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.organization_id, p.org_path, p.party_status, p.sympathiser_since, p.admitted_on, p.official_since
                from person p join organization o on o.id = p.organization_id where o.type = 'CELL'
                order by p.organization_id, p.id""", rs -> {
            byCell.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new P(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                    rs.getObject(7, LocalDate.class)));
        });
        List<Object[]> candidates = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        long id = 0;
        LocalDate programmeStart = today.minusYears(3);
        for (List<P> people : byCell.values()) {
            List<P> officials = people.stream().filter(p -> p.status().equals("OFFICIAL") && p.official() != null).toList();
            for (P p : people) {
                boolean member = p.admitted() != null && p.admitted().isAfter(programmeStart);
                if (!member && !p.status().equals("SYMPATHISER")) {
                    continue;
                }
                List<P> introducers = officials.stream().filter(o -> o.id() != p.id()).limit(2).toList();
                long candidate = ++id;
                Row r = new Row(candidate, p, mentorOf.get(p.id()));
                LocalDate certificate = (p.sympathiser() == null ? today.minusMonths(3) : p.sympathiser()).plusDays(20 + random.nextInt(40));
                if (certificate.isAfter(today)) {
                    certificate = today;
                }
                events.add(event(candidate, "SYMPATHISER", p.sympathiser() == null ? certificate : p.sympathiser()));
                r.certificateOn = certificate;
                r.stage = "SYMPATHISER";
                r.since = p.sympathiser() == null ? certificate : p.sympathiser();
                if (member) {
                    LocalDate ceremony = p.admitted();
                    LocalDate decision = ceremony.minusDays(10 + random.nextInt(20));
                    LocalDate committee = decision.minusDays(7 + random.nextInt(14));
                    LocalDate cell = committee.minusDays(10 + random.nextInt(20));
                    LocalDate dossier = cell.minusDays(20 + random.nextInt(30));
                    if (r.certificateOn.isAfter(dossier)) {
                        r.certificateOn = dossier.minusDays(30);
                    }
                    r.dossier = "FORM_1,FORM_2,FORM_3,FORM_4,FORM_6,FORM_7,FORM_8,FORM_9";
                    r.introducers(introducers, cell.minusMonths(14 + random.nextInt(30)));
                    r.cell = cell;
                    int members = 6 + random.nextInt(8);
                    r.votesFor = members - random.nextInt(2);
                    r.members = members;
                    r.committee = committee;
                    r.decisionNumber = (100 + random.nextInt(800)) + "-QĐ/ĐU";
                    r.decision = decision;
                    r.ceremony = ceremony;
                    r.helper = introducers.isEmpty() ? null : introducers.get(0).id();
                    r.probationEnd = ceremony.plusMonths(12);
                    events.add(event(candidate, "CANDIDATE", dossier));
                    events.add(event(candidate, "CELL_RESOLVED", cell));
                    events.add(event(candidate, "COMMITTEE_RESOLVED", committee));
                    events.add(event(candidate, "DECIDED", decision));
                    events.add(event(candidate, "PROBATION", ceremony));
                    r.stage = "PROBATION";
                    r.since = ceremony;
                    if (p.status().equals("OFFICIAL") && p.official() != null && !p.official().isAfter(today)) {
                        r.recognitionCell = p.official();
                        r.recognitionVotesFor = r.votesFor;
                        r.recognitionDecisionNumber = (100 + random.nextInt(800)) + "-QĐ/ĐU";
                        LocalDate decided = p.official().plusDays(7 + random.nextInt(14));
                        r.recognitionDecision = decided.isAfter(today) ? today : decided;
                        r.selfReview = "Chấp hành tốt Điều lệ Đảng, hoàn thành tốt nhiệm vụ được giao.";
                        r.helperComment = "Đồng chí có lập trường vững vàng, đủ điều kiện trở thành đảng viên chính thức.";
                        events.add(event(candidate, "RECOGNITION_RESOLVED", r.recognitionCell));
                        events.add(event(candidate, "OFFICIAL", r.recognitionDecision));
                        r.stage = "OFFICIAL";
                        r.since = r.recognitionDecision;
                    }
                } else {
                    int roll = random.nextInt(100);
                    if (roll < 45 && introducers.size() == 2) {
                        LocalDate dossier = r.since.plusDays(15 + random.nextInt(30));
                        if (dossier.isAfter(today)) {
                            dossier = today;
                        }
                        r.stage = "CANDIDATE";
                        r.since = dossier;
                        r.dossier = roll < 25 ? "FORM_1,FORM_2" : "FORM_1,FORM_2,FORM_3,FORM_4";
                        r.introducers(introducers, dossier.minusMonths(13 + random.nextInt(20)));
                        events.add(event(candidate, "CANDIDATE", dossier));
                        if (roll >= 35) {
                            LocalDate cell = today.minusDays(5 + random.nextInt(110));
                            if (cell.isBefore(dossier)) {
                                cell = dossier;
                            }
                            r.dossier = "FORM_1,FORM_2,FORM_3,FORM_4,FORM_6";
                            r.cell = cell;
                            r.members = 7 + random.nextInt(6);
                            r.votesFor = r.members;
                            r.stage = "CELL_RESOLVED";
                            r.since = cell;
                            events.add(event(candidate, "CELL_RESOLVED", cell));
                            if (roll >= 41) {
                                LocalDate decision = cell.plusDays(20 + random.nextInt(30));
                                if (decision.isAfter(today)) {
                                    decision = today;
                                }
                                r.committee = decision.minusDays(5);
                                r.decision = decision;
                                r.decisionNumber = (100 + random.nextInt(800)) + "-QĐ/ĐU";
                                r.dossier = "FORM_1,FORM_2,FORM_3,FORM_4,FORM_6,FORM_7,FORM_8,FORM_9";
                                r.stage = "DECIDED";
                                r.since = decision;
                                events.add(event(candidate, "COMMITTEE_RESOLVED", r.committee));
                                events.add(event(candidate, "DECIDED", decision));
                            }
                        }
                    }
                }
                candidates.add(r.toRow(now));
            }
        }
        batch("""
                insert into development_candidate (id, person_id, organization_id, org_path, stage, stage_since, mentor_person_id,
                    certificate_number, certificate_on, introducer1_id, introducer1_since, introducer2_id, introducer2_since, dossier,
                    cell_resolution_on, cell_votes_for, cell_votes_against, cell_official_members, committee_resolution_on,
                    decision_number, decision_on, ceremony_on, probation_helper_id, probation_end, self_review, helper_comment,
                    recognition_cell_on, recognition_votes_for, recognition_votes_against, recognition_official_members,
                    recognition_decision_number, recognition_decision_on, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                candidates);
        batch("insert into development_event (candidate_id, stage, occurred_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?)", events);
    }

    private Object[] event(long candidate, String stage, LocalDate on) {
        return new Object[] {candidate, stage, Date.valueOf(on), "system", now};
    }

    /** A candidate row being built. */
    private static final class Row {
        final long id;
        final P p;
        final Long mentor;
        String stage;
        LocalDate since;
        LocalDate certificateOn;
        Long introducer1;
        LocalDate introducer1Since;
        Long introducer2;
        LocalDate introducer2Since;
        String dossier;
        LocalDate cell;
        Integer votesFor;
        Integer members;
        LocalDate committee;
        String decisionNumber;
        LocalDate decision;
        LocalDate ceremony;
        Long helper;
        LocalDate probationEnd;
        String selfReview;
        String helperComment;
        LocalDate recognitionCell;
        Integer recognitionVotesFor;
        String recognitionDecisionNumber;
        LocalDate recognitionDecision;

        Row(long id, P p, Long mentor) {
            this.id = id;
            this.p = p;
            this.mentor = mentor;
        }

        void introducers(List<P> introducers, LocalDate together) {
            if (introducers.size() > 0) {
                introducer1 = introducers.get(0).id();
                introducer1Since = together;
            }
            if (introducers.size() > 1) {
                introducer2 = introducers.get(1).id();
                introducer2Since = together.plusMonths(2);
            }
        }

        Object[] toRow(Timestamp now) {
            return new Object[] {id, p.id(), p.org(), p.path(), stage, d(since), mentor, "CN-" + (1000 + id), d(certificateOn),
                    introducer1, d(introducer1Since), introducer2, d(introducer2Since), dossier, d(cell), votesFor,
                    votesFor == null ? null : members - votesFor, members, d(committee), decisionNumber, d(decision), d(ceremony),
                    helper, d(probationEnd), selfReview, helperComment, d(recognitionCell), recognitionVotesFor,
                    recognitionVotesFor == null ? null : 0, recognitionVotesFor == null ? null : members,
                    recognitionDecisionNumber, d(recognitionDecision), now, now};
        }

        private static Date d(LocalDate date) {
            return date == null ? null : Date.valueOf(date);
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 2000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 2000)));
        }
    }
}
