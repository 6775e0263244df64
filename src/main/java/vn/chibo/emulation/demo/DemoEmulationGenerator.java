package vn.chibo.emulation.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo emulation data on top of the demo region: last year's 'Chi bộ 4 tốt' programme with its
 * decided results, and this year's with monthly self-reviews up to now — some cells improving
 * month by month, some staying flat — so that the boards are populated on first run. Values are
 * generated from the shipped rulebook's own indicators and thresholds. Also this year's
 * 'Đảng viên 5 tốt' pilot in the demo secretary's cell and a few cells beside it, with members'
 * own registrations and monthly self-reviews (the demo member has not reviewed the current month yet).
 */
final class DemoEmulationGenerator {

    private record Indicator(String code, String kind, BigDecimal threshold, String comparison, BigDecimal maxPoints) {
    }

    /** The note of a year-end self-review in the demo (see {@code SelfReviews}: a noted value overrides the automatic one). */
    static final String YEAR_END_NOTE = "Theo báo cáo tổng kết năm của chi bộ";

    private final JdbcTemplate jdbc;
    private final RuleDocuments rules;
    private final Random random;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> subjects = new ArrayList<>();
    private final List<Object[]> registrations = new ArrayList<>();
    private final List<Object[]> reviews = new ArrayList<>();
    private final List<Object[]> assessments = new ArrayList<>();
    private final List<Object[]> planItems = new ArrayList<>();
    private final List<Object[]> memberRegistrations = new ArrayList<>();
    private Long memberRulebookId;
    private long nextRegistration = 1;

    DemoEmulationGenerator(JdbcTemplate jdbc, RuleDocuments rules, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.random = new Random(seed + 4);
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    void generate(long regionId) {
        generate(regionId, null, null, null);
    }

    /** With the demo secretary's cell, his and the demo member's person: the members' pilot around that cell. */
    void generate(long regionId, Long sampleCell, Long secretaryPerson, Long memberPerson) {
        generateCells(regionId);
        if (sampleCell != null) {
            generateMembers(sampleCell, secretaryPerson, memberPerson);
        }
        write(firstRevision("CHI_BO_4_TOT"));
    }

    private void generateCells(long regionId) {
        List<Long> found = firstRevision("CHI_BO_4_TOT");
        if (found.isEmpty()) {
            return;
        }
        long rulebookId = found.get(0);
        List<Indicator> indicators = indicators(rules.find(rulebookId).orElseThrow().getDefinitionJson());
        String regionPath = jdbc.queryForObject("select path from organization where id = ?", String.class, regionId);
        List<Object[]> cells = jdbc.queryForList("select id, path from organization where type = 'CELL' and path like ? order by path",
                regionPath + "%").stream().map(row -> new Object[] {((Number) row.get("id")).longValue(), row.get("path")}).toList();
        int year = today.getYear();
        programme(1, rulebookId, year - 1, regionId, regionPath, "Chi bộ \"4 tốt\" — Đảng bộ Quân khu 10 — " + (year - 1), "50");
        programme(2, rulebookId, year, regionId, regionPath, "Chi bộ \"4 tốt\" — Đảng bộ Quân khu 10 — " + year, "60");
        for (Object[] cell : cells) {
            long cellId = (Long) cell[0];
            String path = (String) cell[1];
            subjects.add(new Object[] {1L, cellId, path});
            subjects.add(new Object[] {2L, cellId, path});
            boolean strong = random.nextInt(100) < 65;
            boolean improving = !strong && random.nextBoolean();
            if (random.nextInt(100) < 85) {
                long registration = register(1L, cellId, path, LocalDate.of(year - 1, 1, 10 + random.nextInt(15)));
                boolean recognised = review(registration, String.valueOf(year - 1), indicators, strong ? 1.0 : 0.0);
                decide(registration, rulebookId, recognised, year - 1);
            }
            if (random.nextInt(100) < 80) {
                long registration = register(2L, cellId, path, LocalDate.of(year, 1, 5 + random.nextInt(20)));
                for (int month = 1; month <= today.getMonthValue(); month++) {
                    if (month == today.getMonthValue() && random.nextInt(100) < 35) {
                        continue;
                    }
                    double progress = strong ? 1.0 : improving ? month / 12.0 : 0.0;
                    review(registration, String.format("%d-%02d", year, month), indicators, progress);
                }
                planItems.add(new Object[] {registration, "C2", "Phân công đảng viên chuẩn bị ý kiến, hiến kế trước mỗi kỳ sinh hoạt",
                        LocalDate.of(year, 3, 31), random.nextInt(100) < 70 ? "DONE" : "IN_PROGRESS"});
                planItems.add(new Object[] {registration, "C4", "Mỗi đảng viên nhận dìu dắt ít nhất một quần chúng",
                        LocalDate.of(year, 6, 30), random.nextInt(100) < 50 ? "DONE" : "PLANNED"});
            }
        }
    }

    /** Đảng viên 5 tốt this year: the sample cell and the next cells of its grassroots committee, as a pilot. */
    private void generateMembers(long sampleCell, Long secretaryPerson, Long memberPerson) {
        List<Long> found = firstRevision("DANG_VIEN_5_TOT");
        if (found.isEmpty()) {
            return;
        }
        memberRulebookId = found.get(0);
        List<Indicator> indicators = indicators(rules.find(memberRulebookId).orElseThrow().getDefinitionJson());
        String cellPath = jdbc.queryForObject("select path from organization where id = ?", String.class, sampleCell);
        Object[] committee = null;
        for (String segment : cellPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            var row = jdbc.queryForMap("select id, path, name, type from organization where id = ?", Long.valueOf(segment));
            if ("GRASSROOTS_COMMITTEE".equals(row.get("type"))) {
                committee = new Object[] {((Number) row.get("id")).longValue(), row.get("path"), row.get("name")};
            }
        }
        if (committee == null) {
            return;
        }
        int year = today.getYear();
        List<Object[]> cells = new ArrayList<>();
        cells.add(new Object[] {sampleCell, cellPath});
        jdbc.queryForList("select id, path from organization where type = 'CELL' and status = 'ACTIVE' and path like ? and id <> ?"
                        + " order by path limit 3", committee[1] + "%", sampleCell)
                .forEach(row -> cells.add(new Object[] {((Number) row.get("id")).longValue(), row.get("path")}));
        programme(3, memberRulebookId, year, (Long) committee[0], (String) committee[1], "Đảng viên \"5 tốt\" — " + committee[2]
                + " — " + year, "70", true);
        for (Object[] cell : cells) {
            long cellId = (Long) cell[0];
            subjects.add(new Object[] {3L, cellId, cell[1]});
            List<Long> members = jdbc.queryForList("select id from person where organization_id = ?"
                    + " and party_status in ('PROBATIONARY', 'OFFICIAL') order by id", Long.class, cellId);
            for (long person : members) {
                boolean demoPerson = Long.valueOf(person).equals(memberPerson) || Long.valueOf(person).equals(secretaryPerson);
                if (!demoPerson && random.nextInt(100) >= 85) {
                    continue;
                }
                String by = Long.valueOf(person).equals(memberPerson) ? "dangvien" : "bithu";
                long id = nextRegistration++;
                LocalDate on = LocalDate.of(year, 1, 5 + random.nextInt(20));
                if (on.isAfter(today)) {
                    on = today;
                }
                memberRegistrations.add(new Object[] {id, 3L, cellId, cell[1], person, person, on,
                        "Nghị quyết chi bộ tháng " + on.getMonthValue() + "/" + year, by, now});
                boolean strong = random.nextInt(100) < 70;
                for (int month = 1; month <= today.getMonthValue(); month++) {
                    boolean current = month == today.getMonthValue();
                    if (current && (Long.valueOf(person).equals(memberPerson) || random.nextInt(100) < 40)) {
                        continue;
                    }
                    String period = String.format("%d-%02d", year, month);
                    for (Indicator indicator : indicators) {
                        boolean met = strong || random.nextInt(100) < 80;
                        reviews.add(new Object[] {id, period, indicator.code(), met, null, by, now});
                    }
                }
            }
        }
    }

    private void programme(long id, long rulebookId, int year, long organizationId, String path, String name, String target) {
        programme(id, rulebookId, year, organizationId, path, name, target, false);
    }

    private void programme(long id, long rulebookId, int year, long organizationId, String path, String name, String target,
                           boolean pilot) {
        jdbc.update("""
                insert into programme (id, rulebook_id, programme_year, name, organization_id, org_path, pilot, target_percent,
                    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'canbo', ?)""",
                id, rulebookId, year, name, organizationId, path, pilot, new BigDecimal(target), now);
    }

    private long register(long programmeId, long cellId, String path, LocalDate on) {
        long id = nextRegistration++;
        registrations.add(new Object[] {id, programmeId, cellId, path, on,
                "Nghị quyết chi bộ tháng " + on.getMonthValue() + "/" + on.getYear(), "bithu", now});
        return id;
    }

    /**
     * Records one period's results. {@code progress} 1.0 meets everything; lower values miss the
     * attendance and speaking thresholds more often. Returns whether everything was met.
     */
    private boolean review(long registration, String period, List<Indicator> indicators, double progress) {
        boolean allMet = true;
        for (Indicator indicator : indicators) {
            boolean pass = progress >= 1.0 || random.nextDouble() < 0.55 + 0.45 * progress;
            if (indicator.kind().equals("MET")) {
                boolean met = pass || !indicator.code().endsWith(".2");
                allMet &= met;
                reviews.add(new Object[] {registration, period, indicator.code(), met, null, "bithu", now});
            } else {
                BigDecimal threshold = indicator.threshold() == null ? BigDecimal.valueOf(50) : indicator.threshold();
                BigDecimal value = pass ? threshold.add(BigDecimal.valueOf(1 + random.nextInt(9)))
                        : threshold.subtract(BigDecimal.valueOf(1 + random.nextInt(15)));
                value = value.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO);
                allMet &= pass;
                reviews.add(new Object[] {registration, period, indicator.code(), null, value, "bithu", now});
            }
        }
        return allMet;
    }

    private void decide(long registration, long rulebookId, boolean computed, int year) {
        assessments.add(new Object[] {registration, rulebookId, "DECIDED", computed, computed, computed, computed,
                (10 + random.nextInt(80)) + "-QĐ/ĐU", LocalDate.of(year, 12, 15 + random.nextInt(10)), "bithu", "canbo", "canbo",
                now});
    }

    private void write(List<Long> cellRulebook) {
        jdbc.batchUpdate("insert into programme_subject (programme_id, organization_id, org_path) values (?, ?, ?)", subjects);
        jdbc.batchUpdate("""
                insert into registration (id, programme_id, organization_id, org_path, registered_on, meeting_reference,
                    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", registrations);
        jdbc.batchUpdate("""
                insert into registration (id, programme_id, organization_id, org_path, person_id, person_key, registered_on,
                    meeting_reference, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", memberRegistrations);
        // a year-end review was entered from the cell's annual report: the secretary's figures, noted, stand over automatic ones
        List<Object[]> withNotes = reviews.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4],
                ((String) r[1]).length() == 4 ? YEAR_END_NOTE : null, r[5], r[6]}).toList();
        for (int from = 0; from < withNotes.size(); from += 2000) {
            jdbc.batchUpdate("""
                    insert into self_review (registration_id, review_period, indicator_code, met, numeric_value, note, reviewed_by,
                        reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", withNotes.subList(from, Math.min(withNotes.size(), from + 2000)));
        }
        jdbc.batchUpdate("""
                insert into assessment (registration_id, rulebook_id, status, computed_recognised, self_recognised,
                    proposed_recognised, decided_recognised, decision_number, decision_date, self_by, proposed_by, decided_by,
                    updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", assessments);
        jdbc.batchUpdate("insert into plan_item (registration_id, criterion_code, content, due_date, status) values (?, ?, ?, ?, ?)",
                planItems);
        List<Long> judgedBy = new ArrayList<>(cellRulebook);
        if (memberRulebookId != null) {
            judgedBy.add(memberRulebookId);
        }
        rules.markInUse(judgedBy);
    }

    private List<Long> firstRevision(String code) {
        return rules.firstRevision(code).map(Rulebook::getId).stream().toList();
    }

    private static List<Indicator> indicators(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<Indicator> result = new ArrayList<>();
        for (JsonNode criterion : root.path("criteria")) {
            for (JsonNode indicator : criterion.path("indicators")) {
                result.add(new Indicator(indicator.path("code").asString(), indicator.path("kind").asString(),
                        indicator.hasNonNull("threshold") ? indicator.get("threshold").decimalValue() : null,
                        indicator.path("comparison").asString(), null));
            }
        }
        return result;
    }
}
