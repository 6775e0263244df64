package vn.chibo.emulation.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulation models of a three-year review (seed article 000) for each of the last three full years: a region-wide
 * 'Chi bộ 5 tốt' programme (about nine cells in ten register, two thirds of them recognised), 'Đảng viên 5 tốt' for the
 * members of every cell (most register, about four in five recognised) and 'Đơn vị vững mạnh toàn diện mẫu mực, tiêu
 * biểu' for the party committees of units (about three in five recognised). Each registration has its year-end
 * self-review, generated from the shipped rulebook's indicators so that the values agree with the decision, and a
 * decided assessment. JDBC batches of 2,000 rows.
 */
final class DemoReviewYearsGenerator {

    /** Programme ids of this generator start here (the current year's programmes take the first ones). */
    static final long FIRST_PROGRAMME = 10;

    private record Indicator(String code, String kind, BigDecimal threshold, boolean strict, BigDecimal maxPoints) {
    }

    private record Model(long rulebookId, List<Indicator> indicators) {
    }

    private record Org(long id, String path, String type) {
    }

    private final JdbcTemplate jdbc;
    private final RuleDocuments rules;
    private final Random random;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> subjects = new ArrayList<>();
    private final List<Object[]> registrations = new ArrayList<>();
    private final List<Object[]> reviews = new ArrayList<>();
    private final List<Object[]> assessments = new ArrayList<>();
    private long nextProgramme = FIRST_PROGRAMME;
    private long nextRegistration;

    DemoReviewYearsGenerator(JdbcTemplate jdbc, RuleDocuments rules, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.random = new Random(seed + 67);
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    void generate(long regionId) {
        Model cells = model("CHI_BO_5_TOT");
        Model members = model("DANG_VIEN_5_TOT");
        Model units = model("DON_VI_VMTD_MAU_MUC");
        if (cells == null || members == null || units == null) {
            return;
        }
        nextRegistration = jdbc.queryForObject("select coalesce(max(id), 0) from registration", Long.class) + 1;
        Org region = jdbc.queryForObject("select id, path, type from organization where id = ?",
                (rs, n) -> new Org(rs.getLong(1), rs.getString(2), rs.getString(3)), regionId);
        List<Org> organizations = jdbc.query("select id, path, type from organization where status = 'ACTIVE' and path like ?"
                + " and type in ('CELL', 'GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE') order by path",
                (rs, n) -> new Org(rs.getLong(1), rs.getString(2), rs.getString(3)), region.path() + "%");
        String regionName = jdbc.queryForObject("select name from organization where id = ?", String.class, regionId);
        for (int year = today.getYear() - 3; year < today.getYear(); year++) {
            long cellProgramme = programme(cells, year, region, "Chi bộ \"5 tốt\" — " + regionName + " — " + year, "65");
            long memberProgramme = programme(members, year, region, "Đảng viên \"5 tốt\" — " + regionName + " — " + year, "75");
            long unitProgramme = programme(units, year, region, "Đơn vị vững mạnh toàn diện mẫu mực, tiêu biểu — " + regionName
                    + " — " + year, "55");
            LocalDate january = LocalDate.of(year, 1, 1);
            for (Org o : organizations) {
                if (o.type().equals("CELL")) {
                    subjects.add(new Object[] {cellProgramme, o.id(), o.path()});
                    subjects.add(new Object[] {memberProgramme, o.id(), o.path()});
                    if (random.nextInt(100) < 90) {
                        judge(cells, register(cellProgramme, o, null, january), year, random.nextInt(100) < 68);
                    }
                } else {
                    subjects.add(new Object[] {unitProgramme, o.id(), o.path()});
                    if (random.nextInt(100) < 85) {
                        judge(units, register(unitProgramme, o, null, january), year, random.nextInt(100) < 60);
                    }
                }
            }
            int y = year;
            jdbc.query("select p.id, p.organization_id, p.org_path from person p join organization o on o.id = p.organization_id"
                    + " where o.type = 'CELL' and p.party_status in ('PROBATIONARY', 'OFFICIAL') and p.admitted_on <= ?"
                    + " and p.org_path like ? order by p.id", rs -> {
                        if (random.nextInt(100) < 85) {
                            long registration = register(memberProgramme, new Org(rs.getLong(2), rs.getString(3), "CELL"),
                                    rs.getLong(1), january);
                            judge(members, registration, y, random.nextInt(100) < 80);
                        }
                    }, Date.valueOf(january), region.path() + "%");
        }
        write(List.of(cells.rulebookId(), members.rulebookId(), units.rulebookId()));
    }

    private Model model(String code) {
        Optional<Rulebook> found = rules.firstRevision(code);
        if (found.isEmpty()) {
            return null;
        }
        JsonNode definition = JsonMapper.builder().build().readTree(found.get().getDefinitionJson());
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode criterion : definition.path("criteria")) {
            for (JsonNode i : criterion.path("indicators")) {
                indicators.add(new Indicator(i.path("code").asString(), i.path("kind").asString(),
                        i.hasNonNull("threshold") ? i.get("threshold").decimalValue() : null,
                        "GREATER_THAN".equals(i.path("comparison").asString()),
                        i.hasNonNull("maxPoints") ? i.get("maxPoints").decimalValue() : null));
            }
        }
        return new Model(found.get().getId(), indicators);
    }

    private long programme(Model model, int year, Org region, String name, String target) {
        long id = nextProgramme++;
        jdbc.update("""
                insert into programme (id, rulebook_id, programme_year, name, organization_id, org_path, pilot, target_percent,
                    created_by, created_at) values (?, ?, ?, ?, ?, ?, false, ?, 'canbo', ?)""",
                id, model.rulebookId(), year, name, region.id(), region.path(), new BigDecimal(target), now);
        return id;
    }

    private long register(long programme, Org o, Long person, LocalDate january) {
        long id = nextRegistration++;
        LocalDate on = january.plusDays(9 + random.nextInt(20));
        registrations.add(new Object[] {id, programme, o.id(), o.path(), person, person == null ? 0L : person, on,
                "Nghị quyết chi bộ tháng " + on.getMonthValue() + "/" + on.getYear(), "bithu", now});
        return id;
    }

    /**
     * The year-end review and the decision. A recognised subject meets every indicator (points near the maximum); one
     * that is not misses one indicator, or falls short of the minimum points.
     */
    private void judge(Model model, long registration, int year, boolean recognised) {
        int miss = recognised ? -1 : random.nextInt(model.indicators().size());
        for (int k = 0; k < model.indicators().size(); k++) {
            Indicator indicator = model.indicators().get(k);
            boolean pass = k != miss;
            Boolean met = null;
            BigDecimal value = null;
            switch (indicator.kind()) {
                case "MET" -> met = pass;
                case "POINTS" -> value = indicator.maxPoints().multiply(BigDecimal.valueOf(recognised ? 92 + random.nextInt(9)
                        : 70 + random.nextInt(15))).divide(BigDecimal.valueOf(100), 1, RoundingMode.DOWN);
                default -> {
                    BigDecimal threshold = indicator.threshold() == null ? BigDecimal.valueOf(50) : indicator.threshold();
                    value = pass ? threshold.add(BigDecimal.valueOf(1 + random.nextInt(9)))
                            : threshold.subtract(BigDecimal.valueOf(1 + random.nextInt(15)));
                    value = value.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO);
                }
            }
            reviews.add(new Object[] {registration, String.valueOf(year), indicator.code(), met, value,
                    DemoEmulationGenerator.YEAR_END_NOTE, "bithu", now});
        }
        assessments.add(new Object[] {registration, model.rulebookId(), "DECIDED", recognised, recognised, recognised, recognised,
                (10 + random.nextInt(80)) + "-QĐ/ĐU", Date.valueOf(LocalDate.of(year, 12, 15 + random.nextInt(10))), "bithu",
                "canbo", "canbo", now});
    }

    private void write(List<Long> rulebooks) {
        batch("insert into programme_subject (programme_id, organization_id, org_path) values (?, ?, ?)", subjects);
        batch("""
                insert into registration (id, programme_id, organization_id, org_path, person_id, person_key, registered_on,
                    meeting_reference, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", registrations);
        batch("""
                insert into self_review (registration_id, review_period, indicator_code, met, numeric_value, note, reviewed_by,
                    reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", reviews);
        batch("""
                insert into assessment (registration_id, rulebook_id, status, computed_recognised, self_recognised,
                    proposed_recognised, decided_recognised, decision_number, decision_date, self_by, proposed_by, decided_by,
                    updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", assessments);
        rules.markInUse(rulebooks);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 2000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 2000)));
        }
    }
}
