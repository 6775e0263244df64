package vn.chibo.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reproducible random sequence of writes straight into the registers the figures come from: awards (some to
 * mentors), discipline, admission decisions, mentoring assignments and classification decisions, dated in a period.
 */
public final class RandomWrites {

    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-06T02:00:00Z"));
    private static final String[] FORMS = {"CERTIFICATE_OF_MERIT", "COMMENDATION", "EMULATION_SOLDIER", "MEDAL"};
    private static final String[] GRADES = {"EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", "EXEMPT"};

    private final JdbcClient jdbc;
    private final Random random;
    private final ReviewPeriod period;
    private final List<Long> people;
    private final List<Long> mentors;
    private final List<Long> groups;
    private final List<Long> candidates;
    private final List<Long> entries;

    public RandomWrites(JdbcClient jdbc, Random random, ReviewPeriod period) {
        this.jdbc = jdbc;
        this.random = random;
        this.period = period;
        this.people = ids("select id from person where party_status in ('OFFICIAL', 'PROBATIONARY', 'MASS') order by id");
        this.mentors = ids("select distinct mentor_person_id from mentoring_assignment order by mentor_person_id");
        this.groups = ids("select id from mentoring_group order by id");
        this.candidates = ids("select id from development_candidate order by id");
        this.entries = ids("select id from classification_entry order by id");
    }

    public void run(int writes) {
        for (int i = 0; i < writes; i++) {
            switch (random.nextInt(5)) {
                case 0 -> award(i, random.nextBoolean() && !mentors.isEmpty() ? pick(mentors) : pick(people));
                case 1 -> discipline(i, pick(people));
                case 2 -> {
                    if (!candidates.isEmpty()) {
                        jdbc.sql("update development_candidate set decision_on = :d where id = :id").param("d", day())
                                .param("id", pick(candidates)).update();
                    }
                }
                case 3 -> assignment();
                default -> {
                    if (!entries.isEmpty()) {
                        jdbc.sql("update classification_entry set decided_grade = :g where id = :id")
                                .param("g", GRADES[random.nextInt(GRADES.length)]).param("id", pick(entries)).update();
                    }
                }
            }
        }
    }

    private void award(int i, long person) {
        jdbc.sql("""
                insert into award_record (recipient_kind, person_id, organization_id, org_path, recipient_name, search_key,
                    sort_key, award_form, issuing_level, decision_number, decision_date, reason, created_by, created_at, updated_at)
                select 'PERSON', p.id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key, :form, 'GRASSROOTS',
                    :number, :day, 'Kiểm thử số liệu', 'test', :at, :at from person p where p.id = :id""")
                .param("form", FORMS[random.nextInt(FORMS.length)]).param("number", "RW-" + i + "/QĐ")
                .param("day", day()).param("at", AT).param("id", person).update();
    }

    private void discipline(int i, long person) {
        jdbc.sql("""
                insert into discipline_record (subject_kind, person_id, organization_id, org_path, subject_name, search_key,
                    sort_key, discipline_form, decision_number, decision_date, reason, created_by, created_at, updated_at)
                select 'PERSON', p.id, p.organization_id, p.org_path, p.full_name, p.search_key, p.sort_key, :form,
                    :number, :day, 'Kiểm thử số liệu', 'test', :at, :at from person p where p.id = :id""")
                .param("form", random.nextBoolean() ? "REPRIMAND" : "WARNING").param("number", "RWK-" + i + "/QĐ")
                .param("day", day()).param("at", AT).param("id", person).update();
    }

    private void assignment() {
        if (groups.isEmpty()) {
            return;
        }
        long group = pick(groups);
        jdbc.sql("""
                insert into mentoring_assignment (group_id, mentor_person_id, mentee_person_id, organization_id, org_path,
                    start_date, version, created_at)
                select g.id, g.mentor_person_id, (select min(p.id) from person p where p.organization_id = g.organization_id
                    and p.party_status = 'MASS'), g.organization_id, g.org_path, :day, 0, :at from mentoring_group g
                where g.id = :id and exists (select 1 from person p where p.organization_id = g.organization_id
                    and p.party_status = 'MASS')""")
                .param("day", day()).param("at", AT).param("id", group).update();
    }

    private LocalDate day() {
        long days = period.to().toEpochDay() - period.from().toEpochDay();
        return period.from().plusDays(random.nextLong(days + 1));
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }
}
