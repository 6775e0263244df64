package vn.chibo.classification.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import vn.chibo.shared.text.VietnameseText;

/**
 * Demo annual classification by Quy định 366: the rounds of the last three years for the whole region, decided
 * (about 94% of organizations good or better, the 20% excellence quota kept in every group), and
 * this year's round open, with some cells already self-classified or proposed. The demo accounts'
 * own cell and member are left pending so that the whole cycle can be tried.
 */
final class DemoClassificationGenerator {

    private static final Set<String> CLASSIFIED = Set.of("UPPER_COMMITTEE", "GRASSROOTS_COMMITTEE", "PARTIAL_COMMITTEE", "CELL");

    private record Org(long id, Long parentId, String path, String type, String name) {
    }

    private record Subject(String kind, long id, String name, long orgId, String orgPath, String orgType, Org deciding,
                           Integer months) {

        String group() {
            return deciding.id() + "-" + (kind.equals("MEMBER") ? "MEMBER" : orgType);
        }
    }

    private final JdbcTemplate jdbc;
    private final RuleDocuments rules;
    private final Random random;
    private final LocalDate today;
    private final Timestamp now;

    DemoClassificationGenerator(JdbcTemplate jdbc, RuleDocuments rules, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.random = new Random(seed + 9);
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    void generate(long regionId, long sampleCellId, long samplePersonId) {
        Optional<Rulebook> found = rules.firstRevision("XEP_LOAI_QD366");
        if (found.isEmpty()) {
            return;
        }
        long rulebookId = found.get().getId();
        List<Long> judgedBy = new ArrayList<>();
        Map<Long, Org> orgs = new LinkedHashMap<>();
        jdbc.query("select id, parent_id, path, type, name from organization where status = 'ACTIVE' order by path",
                rs -> {
                    long parent = rs.getLong(2);
                    orgs.put(rs.getLong(1), new Org(rs.getLong(1), rs.wasNull() ? null : parent, rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                });
        Org region = orgs.get(regionId);
        int year = today.getYear();
        List<Subject> lastYear = subjects(region, orgs, LocalDate.of(year - 1, 12, 31));
        List<Subject> thisYear = subjects(region, orgs, today);
        round(1, region, year - 1, rulebookId, "CLOSED", LocalDate.of(year - 1, 12, 20), LocalDate.of(year, 1, 15));
        round(2, region, year, rulebookId, "OPEN", LocalDate.of(year, 12, 20), LocalDate.of(year + 1, 1, 20));
        writeDecided(1, lastYear, year - 1);
        writeInProgress(2, thisYear, sampleCellId, samplePersonId);
        // the two years before, decided alike by the regulation then in force, so that a three-year review has every year
        for (int back = 2; back <= 3; back++) {
            long id = back + 1L;
            int y = year - back;
            long inForce = rules.firstRevisions(Rulebook.Kind.CLASSIFICATION).stream().filter(r -> r.appliesTo(y))
                    .max(Comparator.comparingInt(Rulebook::getYearFrom)).map(Rulebook::getId).orElse(rulebookId);
            round(id, region, y, inForce, "CLOSED", LocalDate.of(y, 12, 20), LocalDate.of(y + 1, 1, 15));
            writeDecided(id, subjects(region, orgs, LocalDate.of(y, 12, 31)), y);
            judgedBy.add(inForce);
        }
        judgedBy.add(rulebookId);
        rules.markInUse(judgedBy);
    }

    private List<Subject> subjects(Org root, Map<Long, Org> orgs, LocalDate reference) {
        List<Subject> subjects = new ArrayList<>();
        for (Org o : orgs.values()) {
            if (o.id() != root.id() && o.path().startsWith(root.path()) && CLASSIFIED.contains(o.type())) {
                subjects.add(new Subject("ORGANIZATION", o.id(), o.name(), o.id(), o.path(), o.type(), orgs.get(o.parentId()), null));
            }
        }
        jdbc.query("select id, full_name, organization_id, admitted_on from person where party_status in ('PROBATIONARY', 'OFFICIAL')"
                + " and org_path like ? and admitted_on <= ? order by id", rs -> {
                    Org own = orgs.get(rs.getLong(3));
                    if (own == null) {
                        return;
                    }
                    LocalDate admitted = rs.getObject(4, LocalDate.class);
                    Integer months = admitted == null ? null : (int) ChronoUnit.MONTHS.between(admitted, reference);
                    subjects.add(new Subject("MEMBER", rs.getLong(1), rs.getString(2), own.id(), own.path(), null,
                            memberDecider(own, orgs), months));
                }, root.path() + "%", reference);
        return subjects;
    }

    /** As the classification service decides: the nearest đảng bộ cơ sở, or a chi bộ cơ sở itself. */
    private static Org memberDecider(Org own, Map<Long, Org> orgs) {
        for (Org cursor = own; cursor != null; cursor = cursor.parentId() == null ? null : orgs.get(cursor.parentId())) {
            Org parent = cursor.parentId() == null ? null : orgs.get(cursor.parentId());
            if (cursor.type().equals("GRASSROOTS_COMMITTEE")
                    || cursor.type().equals("CELL") && parent != null && parent.type().equals("UPPER_COMMITTEE")) {
                return cursor;
            }
        }
        return own.parentId() != null && orgs.containsKey(own.parentId()) ? orgs.get(own.parentId()) : own;
    }

    private void round(long id, Org region, int year, long rulebookId, String status, LocalDate selfDeadline,
                       LocalDate decisionDeadline) {
        roundYears.put(id, year);
        jdbc.update("""
                insert into classification_round (id, organization_id, org_path, round_year, rulebook_id, name, self_deadline,
                    decision_deadline, status, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'canbo', ?)""",
                id, region.id(), region.path(), year, rulebookId, "Xếp loại chất lượng năm " + year + " — " + region.name(),
                selfDeadline, decisionDeadline, status, now);
    }

    /** A grade and the declared facts behind it, consistent with Quy định 366. */
    private record Declared(String grade, String json) {
    }

    private Declared declare(Subject subject, int roll) {
        if (subject.months() != null && subject.months() < 6) {
            return new Declared("EXEMPT", json(null, true, true, "0", subject, false));
        }
        boolean collective = subject.kind().equals("ORGANIZATION");
        if (roll < 14) {
            return new Declared("EXCELLENT", json(BigDecimal.valueOf(90 + random.nextInt(9)), true, true, "0.35", subject, false));
        }
        if (roll < 94) {
            return new Declared("GOOD", json(BigDecimal.valueOf(70 + random.nextInt(20)), random.nextBoolean(), true, "0.1", subject,
                    false));
        }
        if (roll < 99) {
            return new Declared("COMPLETED", json(BigDecimal.valueOf(50 + random.nextInt(20)), false, !collective, "0", subject, false));
        }
        return new Declared("NOT_COMPLETED", json(BigDecimal.valueOf(40 + random.nextInt(10)), false, false, "0", subject, false));
    }

    private static String json(BigDecimal score, boolean onTime, boolean fixed, String exceeding, Subject subject,
                               boolean disciplined) {
        boolean collective = subject.kind().equals("ORGANIZATION");
        return "{\"score\":" + score + ",\"ratings\":[],\"allTasksOnTime\":" + onTime + ",\"exceedingShare\":" + exceeding
                + ",\"noDisciplinedSubordinates\":true,\"pastShortcomingsFixed\":" + fixed
                + ",\"lateTaskShare\":" + (collective ? onTime ? "0" : "0.1" : "null")
                + ",\"disciplinedInYear\":" + disciplined + ",\"disciplineSelfCorrected\":false"
                + ",\"targetsMetShare\":" + (collective ? "0.9" : "null") + ",\"leadershipDisciplined\":false"
                + ",\"disciplinedSubordinatesShare\":" + (collective ? "0" : "null")
                + ",\"internalDisunity\":false,\"memberDegradation\":false,\"activitySuspended\":false}";
    }

    private void writeDecided(long roundId, List<Subject> subjects, int year) {
        Map<String, List<Object[]>> byGroup = new LinkedHashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        for (Subject subject : subjects) {
            Declared declared = declare(subject, random.nextInt(100));
            String number = numbers.computeIfAbsent(subject.deciding().id(), id -> (20 + numbers.size() % 300) + "-QĐ/ĐU");
            Object[] row = row(roundId, subject, "DECIDED", declared.json(), declared.grade(), declared.grade(), "bithu",
                    declared.grade(), "canbo", declared.grade(), number, LocalDate.of(year, 12, 26), "canbo");
            byGroup.computeIfAbsent(subject.group(), g -> new ArrayList<>()).add(row);
        }
        List<Object[]> rows = new ArrayList<>();
        for (List<Object[]> group : byGroup.values()) {
            long excellent = group.stream().filter(r -> "EXCELLENT".equals(r[15])).count();
            long good = group.stream().filter(r -> "GOOD".equals(r[15])).count();
            long allowed = (long) Math.floor(0.2 * (excellent + good) + 1e-9);
            for (Object[] row : group) {
                if ("EXCELLENT".equals(row[15]) && excellent > allowed) {
                    excellent--;
                    for (int i : new int[] {15, 16, 18, 20}) {
                        row[i] = "GOOD";
                    }
                    row[14] = ((String) row[14]).replaceFirst("\"score\":\\d+", "\"score\":88");
                }
                rows.add(row);
            }
        }
        insert(rows);
    }

    private void writeInProgress(long roundId, List<Subject> subjects, long sampleCellId, long samplePersonId) {
        List<Object[]> rows = new ArrayList<>();
        for (Subject subject : subjects) {
            boolean sample = subject.id() == sampleCellId || subject.id() == samplePersonId;
            int step = sample ? 0 : random.nextInt(100);
            boolean cell = "CELL".equals(subject.orgType());
            if (!cell || step < 55) {
                rows.add(row(roundId, subject, "PENDING", null, null, null, null, null, null, null, null, null, null));
                continue;
            }
            Declared declared = declare(subject, random.nextInt(100));
            boolean proposed = step >= 80;
            rows.add(row(roundId, subject, proposed ? "PROPOSED" : "SELF_CLASSIFIED", declared.json(), declared.grade(),
                    declared.grade(), "bithu", proposed ? declared.grade() : null, proposed ? "canbo" : null, null, null, null,
                    null));
        }
        insert(rows);
    }

    private final Map<Long, Integer> roundYears = new HashMap<>();

    private Integer roundYear(long roundId) {
        return roundYears.get(roundId);
    }

    private Object[] row(long roundId, Subject s, String status, String inputs, String computed, String self,
                                String selfBy, String proposed, String proposedBy, String decided, String number,
                                LocalDate date, String decidedBy) {
        boolean collective = s.kind().equals("ORGANIZATION");
        return new Object[] {roundId, roundYear(roundId), s.kind(), s.id(), s.name(), VietnameseText.searchKey(s.name()),
                collective ? VietnameseText.nameSortKey(s.name()) : VietnameseText.personSortKey(s.name()),
                s.orgId(), s.orgPath(), s.orgType(), s.deciding().id(), s.deciding().path(), s.group(), s.months(),
                inputs, computed, self, selfBy, proposed, proposedBy, decided, number, date, decidedBy, status};
    }

    private void insert(List<Object[]> rows) {
        Timestamp stamp = now;
        List<Object[]> withTime = rows.stream().map(r -> {
            Object[] copy = java.util.Arrays.copyOf(r, r.length + 1);
            copy[r.length] = stamp;
            return copy;
        }).toList();
        for (int from = 0; from < withTime.size(); from += 2000) {
            jdbc.batchUpdate("""
                    insert into classification_entry (round_id, round_year, subject_kind, subject_id, subject_name, search_key, sort_key,
                        organization_id, org_path, org_type, deciding_org_id, deciding_org_path, quota_group,
                        months_since_admission, inputs, computed_grade, self_grade, self_by, proposed_grade, proposed_by,
                        decided_grade, decision_number, decision_date, decided_by, status, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    withTime.subList(from, Math.min(withTime.size(), from + 2000)));
        }
    }
}
