package vn.chibo.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.DemoFixture;

/**
 * What the national benchmark times for one account: the reads of the scope matrix ({@code access.ScopeMatrixTest}:
 * organization page, children, members, people list and search, person, tree, boards, registrations, their API
 * twins) and the pages of issue 14 (start page, page 40, classification round, meeting overview, mentoring,
 * inspection and development boards, review figures), each with the hand-written SQL that gives the same answer.
 * Scopes are literal path prefixes as in the application; "child" is the direct sub-organization a row falls under.
 */
final class NationalPages {

    /**
     * A page to time; {@code kept} lists the review periods whose answers are computed and kept before timing (as the
     * background refresher does once a review was asked for), so that the page is timed as it reads between changes;
     * with a {@code change} (SQL), the answers are kept again and the change committed before each request, so that
     * the page is timed as it reads right after one such change.
     */
    record Page(String label, String scope, String path, String sql, String sqlNote, List<vn.chibo.statistics.ReviewPeriod> kept,
                String change) {

        Page(String label, String scope, String path, String sql, String sqlNote) {
            this(label, scope, path, sql, sqlNote, List.of(), null);
        }

        Page(String label, String scope, String path, String sql, String sqlNote, List<vn.chibo.statistics.ReviewPeriod> kept) {
            this(label, scope, path, sql, sqlNote, kept, null);
        }
    }

    private final JdbcClient jdbc;
    private final DemoFixture demo;
    private final long root;

    NationalPages(JdbcClient jdbc, DemoFixture demo, long root) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.root = root;
    }

    List<Page> pages(String account, long scope) {
        String path = jdbc.sql("select path from organization where id = :id").param("id", scope).query(String.class).single();
        String name = scope == root ? "root" : account.equals("bithu") ? "cell" : "province";
        String in = "org_path like '" + path + "%'";
        int childSegment = path.split("/").length + 1;
        String child = "split_part(org_path, '/', " + childSegment + ")";
        long person = jdbc.sql("select min(id) from person where " + in).query(Long.class).single();
        long round = jdbc.sql("select id from classification_round where organization_id = :r order by round_year desc limit 1")
                .param("r", root).query(Long.class).single();
        // this year's "Chi bộ 4 tốt" and the members' programme with the most subjects (every cell of the country)
        long cellProgramme = largest("CHI_BO_4_TOT");
        long nationalMembers = largest("DANG_VIEN_5_TOT");

        long memberProgramme = demo.memberProgramme();
        long registration = demo.memberRegistration(memberProgramme, demo.personOf("dangvien"));
        int year = demo.today().getYear();
        String people = "with s as materialized (select id, full_name, sort_key from person where " + in + "{filter})"
                + " select s.*, (select count(*) from s) from s order by sort_key, id limit 25 offset {offset}";
        // a list: along the national sort index at the root, the provinces' own (V64) for a province, scope first below;
        // the total from the scope's kept count (V63)
        String listScope = name.equals("root") ? "" : name.equals("province") ? "path_child_id(org_path, 3) = " + scope + " and "
                : in + " and ";
        String listed = "select p.*, (select sum(people) from person_subtree_count where organization_id = " + scope
                + " and {status}) from (select id, full_name, sort_key from person where " + listScope + "{status}"
                + " order by sort_key, id limit 25 offset {offset}) p";
        String current = "party_status not in ('STRUCK_OFF', 'DECEASED')";
        String search = " and search_key like '%nguyen van minh%'";
        List<Page> pages = new ArrayList<>();
        // the people by status and the organizations by type: the scope's own kept rows (V63, V65), not a count of rows;
        // "Chi bộ 4 tốt" registered and reviewed this month (review marks, V45)
        String month = java.time.YearMonth.from(demo.today()).toString();
        pages.add(new Page("Start page", name, "/", "select party_status, sum(people) from person_subtree_count where"
                + " organization_id = " + scope + " group by 1 union all select type, sum(organizations) from"
                + " organization_subtree_count where organization_id = " + scope + " group by 1"
                + " union all select 'registered', count(*) from registration"
                + " where programme_id = " + cellProgramme + " and " + in + " union all select 'reviewed', count(*) from"
                + " registration_review where programme_id = " + cellProgramme + " and review_period = '" + month + "' and " + in,
                "people by status, organizations by type (kept per subtree), card (review marks)"));
        // the dashboard's figures, which the start page asks for once it is shown; a cell secretary has no dashboard (his
        // start page does not ask for it, and the address answers 404 by design), so it is not timed for him
        if (!name.equals("cell")) {
            dashboardPages(pages, name, in, year);
        }
        pages.add(new Page("People list, page 1", name, "/people", page(listed.replace("{status}", current), "", 0),
                "sort index, kept count"));

        pages.add(new Page("People list, page 40", name, "/people?page=39", page(listed.replace("{status}", current), "", 975),
                "sort index, offset 975"));
        // a whole root's search: the best is by name (V66), below it scope first
        boolean atRoot = name.equals("root");
        pages.add(new Page("People search \"nguyen van minh\"", name, "/people?q=" + enc("nguyen van minh"),
                atRoot ? byName(scope, in, "nguyen", "van", "minh") : page(people, search, 0), atRoot ? "by name" : "scope first"));
        // its Next link: the page after the first page's last person (keyset; a cell's only page ends with its last match)
        List<Long> firstPage = jdbc.sql("select id from person where " + in + " and party_status not in ('STRUCK_OFF', 'DECEASED')"
                + " and search_key like '%nguyen%' and search_key like '%van%' and search_key like '%minh%'"
                + " order by sort_key, id limit 25").query(Long.class).list();
        long lastOfFirst = firstPage.isEmpty() ? person : firstPage.get(firstPage.size() - 1);
        pages.add(new Page("People search \"nguyen van minh\", next page", name, "/people?q=" + enc("nguyen van minh")
                + "&page=1&after=" + lastOfFirst, atRoot ? byName(scope, in, "nguyen", "van", "minh") : page(people, search, 25),
                atRoot ? "by name (page 1's)" : "scope first"));
        pages.add(new Page("API people search \"tran thi\"", name, "/api/v1/people?q=" + enc("tran thi"),
                atRoot ? byName(scope, in, "tran", "thi") : page(people, " and search_key like '%tran thi%'", 0),
                atRoot ? "by name" : "scope first"));
        pages.add(new Page("Organization tree", name, "/organizations",
                "select id, name from organization where parent_id = " + scope + " order by sort_key", "children"));
        pages.add(new Page("Organization page", name, "/organizations/" + scope, "select o.*, (select count(*) from organization c"
                + " where c.parent_id = o.id) from organization o where o.id = " + scope, "row + children count"));
        pages.add(new Page("Organization children", name, "/organizations/" + scope + "/children",
                "select id, name from organization where parent_id = " + scope + " order by sort_key", "children"));
        pages.add(new Page("API organization children", name, "/api/v1/organizations/" + scope + "/children",
                "select id, name from organization where parent_id = " + scope + " order by sort_key", "children"));
        pages.add(new Page("Members tab (subtree, page 1)", name, "/people/organization/" + scope + "/members",
                page(listed.replace("{status}", "party_status in ('OFFICIAL', 'PROBATIONARY')"), "", 0),
                "sort index, kept count"));
        pages.add(new Page("Person page", name, "/people/" + person, "select * from person p left join membership m on"
                + " m.person_id = p.id where p.id = " + person, "row + memberships"));
        pages.add(new Page("API person", name, "/api/v1/people/" + person, "select * from person where id = " + person, "row"));
        pages.add(new Page("Classification round", name, "/classification/" + round, "select subject_kind, status, decided_grade,"
                + " count(*) from classification_entry where round_id = " + round + " and " + in + " group by 1, 2, 3",
                "counts in scope"));
        pages.add(new Page("Emulation board (Chi bộ 4 tốt)", name, "/programmes/" + cellProgramme, board(cellProgramme, child, in),
                "per child: subjects, registered, reviewed, recognised"));
        pages.add(new Page("API emulation board", name, "/api/v1/programmes/" + cellProgramme, board(cellProgramme, child, in),
                "per child: subjects, registered, reviewed, recognised"));
        pages.add(new Page("Members' board (Đảng viên 5 tốt)", name, "/programmes/" + memberProgramme, "select " + child
                + ", count(*) from registration where programme_id = " + memberProgramme + " and " + in + " group by 1",
                "per child"));
        pages.add(new Page("API members' board", name, "/api/v1/programmes/" + memberProgramme, null, ""));
        pages.add(new Page("Members' board, every cell (Đảng viên 5 tốt)", name, "/programmes/" + nationalMembers,
                board(nationalMembers, child, in), "per child: registered, reviewed, recognised"));
        pages.add(new Page("Registration of a member", name, "/registrations/" + registration, "select * from registration r"
                + " left join self_review v on v.registration_id = r.id where r.id = " + registration, "row + reviews"));
        pages.add(new Page("API review sheet", name, "/api/v1/registrations/" + registration + "/reviews/" + year, null, ""));
        // the best SQL for the figures per child and month since V59: the scope's own rows of the counts per child of every
        // ancestor (V47's monthly rollup per unit before)
        pages.add(new Page("Meeting overview, 12 months", name, "/meetings/overview", "select child, month_start, sum(held),"
                + " sum(present) from meeting_child_month where ancestor = '" + path + "' and month_start >= date '"
                + demo.today().minusMonths(12).withDayOfMonth(1) + "' group by 1, 2",
                "per child and month, from the counts per child"));
        // the board's answer for this year: running figures and the year's dated ones from the yearly counts (V46),
        // the last ended quarter's reviews (the rulebook reviews every 3 months)
        java.time.LocalDate quarterAgo = demo.today().minusMonths(3);
        String quarter = quarterAgo.getYear() + "-Q" + ((quarterAgo.getMonthValue() - 1) / 3 + 1);
        pages.add(new Page("Mentoring board", name, "/mentoring/board", "select " + child + ", sum(running_mentors),"
                + " sum(running_assignments), sum(running_groups), sum(case when count_year = " + year + " then sessions_held"
                + " + outcomes_tasks_well + outcomes_sympathiser + outcomes_admitted + awards_to_mentors + awards_to_mentees"
                + " else 0 end), 0 from mentoring_count where " + in + " and count_year <= " + year + " group by 1 union all"
                + " select " + child + ", 0, 0, 0, 0, sum(reviewed_good) from mentoring_review_count where review_period = '"
                + quarter + "' and " + in + " group by 1", "per child, from the yearly counts"));
        pages.add(new Page("Inspection board", name, "/inspections/board", "select " + child + ", status, count(*) from inspection"
                + " where " + in + " group by 1, 2", "per child"));
        pages.add(new Page("Development board", name, "/development/board", development(scope, year),
                "per child: stages now, reached this year (kept counts)"));
        pages.add(new Page("Review figures (số liệu sơ kết)", name, "/statistics/review", null, "raw: right after a change"));
        List<vn.chibo.statistics.ReviewPeriod> threeYears = List.of(vn.chibo.statistics.ReviewPeriod.ofYears(year - 2, year));
        pages.add(new Page("Review figures (số liệu sơ kết), kept answer", name, "/statistics/review", null,
                "no change since kept", threeYears));
        // one write under the scope after the answer was kept: only the sources reading the changed table count anew
        long meeting = heldMeeting(in, year);
        pages.add(new Page("Review figures (số liệu sơ kết), a meeting changed since kept", name, "/statistics/review", null,
                "meeting figures counted anew", threeYears,
                "update meeting set contribution_count = contribution_count + 1 where id = " + meeting));
        // an assignment that touches no award nor admission counts only the mentoring figures anew; one of a mentee
        // admitted after it started also the mentees admitted (V58's journal labels)
        String admitted = "exists (select 1 from development_candidate c where c.person_id = a.mentee_person_id"
                + " and c.decision_on >= a.start_date)";
        String awarded = "exists (select 1 from award_record w where w.person_id = a.mentor_person_id"
                + " and w.decision_date >= a.start_date and (a.end_date is null or w.decision_date <= a.end_date))";
        String first = "select min(a.id) from mentoring_assignment a where " + in.replace("org_path", "a.org_path") + " and ";
        Long assignment = jdbc.sql(first + "not " + admitted + " and not " + awarded).query(Long.class).list().get(0);
        Long admittedMentee = jdbc.sql(first + admitted + " and not " + awarded).query(Long.class).list().get(0);
        if (assignment == null || admittedMentee == null) {
            return pages;
        }
        pages.add(new Page("Review figures (số liệu sơ kết), a mentoring assignment changed since kept", name,
                "/statistics/review", null, "mentoring figures counted anew", threeYears,
                "update mentoring_assignment set version = version + 1 where id = " + assignment));
        pages.add(new Page("Review figures (số liệu sơ kết), an admitted mentee's assignment changed since kept", name,
                "/statistics/review", null, "mentoring figures and mentees admitted counted anew", threeYears,
                "update mentoring_assignment set version = version + 1 where id = " + admittedMentee));
        // a write to each other table the review reads: its sources count anew from the rows under the scope; an edit of
        // a person or an organization that changes no column a figure reads is not journaled (V68)
        String dayLater = " = cast(coalesce(%1$s, date '2000-01-01') + interval '1' day as date)";
        String[][] others = {{"a person edited (no figure's column)", "person", "version = version + 1", "nothing counted anew"},
                {"a person's leaving date changed", "person", "left_on" + dayLater.formatted("left_on"), "people figures counted anew"},
                {"an organization renamed", "organization", "name = case when name like '% ' then rtrim(name) else name || ' ' end", "nothing counted anew"},
                {"an award", "award_record", "version = version + 1", "recognition figures counted anew"},
                {"a classification entry", "classification_entry", "version = version + 1", "classification figures counted anew"},
                {"a registration", "registration", "version = version + 1", "emulation figures counted anew"},
                {"a development candidate", "development_candidate", "version = version + 1",
                        "development figures and mentees admitted counted anew"},
                {"an inspection", "inspection", "version = version + 1", "inspection figures counted anew"}};
        for (String[] other : others) {
            String within = other[1].equals("organization") ? in.replace("org_path", "path") + " and id <> " + scope : in;
            Long id = jdbc.sql("select min(id) from " + other[1] + " where " + within).query(Long.class).list().get(0);
            if (id != null) {
                String label = other[0].contains(" changed") || other[0].contains(" edited") || other[0].contains(" renamed")
                        ? other[0] : other[0] + " changed";
                pages.add(new Page("Review figures (số liệu sơ kết), " + label + " since kept", name, "/statistics/review",
                        null, other[3], threeYears, "update " + other[1] + " set " + other[2] + " where id = " + id));
            }
        }
        return pages;
    }

    /** The start page's dashboard: raw, from kept answers, and right after a meeting's change. */
    private void dashboardPages(List<Page> pages, String name, String in, int year) {
        pages.add(new Page("Start page figures (dashboard)", name, "/dashboard/board", null, "review figures, raw"));
        List<vn.chibo.statistics.ReviewPeriod> dashboard = List.of(vn.chibo.statistics.ReviewPeriod.ofYears(year - 4, year),
                vn.chibo.statistics.ReviewPeriod.ofYears(year - 2, year));
        pages.add(new Page("Start page figures (dashboard), kept answers", name, "/dashboard/board", null,
                "review figures, no change since kept", dashboard));
        pages.add(new Page("Start page figures (dashboard), a meeting changed since kept", name, "/dashboard/board", null,
                "meeting figures counted anew", dashboard, "update meeting set contribution_count = contribution_count + 1"
                + " where id = " + heldMeeting(in, year)));
    }

    /** A meeting held this year under the scope: the one write the "changed since kept" pages commit. */
    private long heldMeeting(String in, int year) {
        return jdbc.sql("select min(id) from meeting where " + in + " and status = 'HELD' and meeting_date >= :from")
                .param("from", java.time.LocalDate.of(year, 1, 1)).query(Long.class).single();
    }

    private long largest(String model) {
        return jdbc.sql("select p.id from programme p join rulebook r on r.id = p.rulebook_id join programme_subject s"
                        + " on s.programme_id = p.id where r.code = :code group by p.id, p.programme_year"
                        + " order by count(*) desc, p.programme_year desc, p.id limit 1")
                .param("code", model).query(Long.class).single();
    }

    /** The board's figures per child in one hand-written statement: subjects, and registrations reviewed and recognised. */
    private String board(long programme, String child, String in) {
        // the models' review period is the month (ReviewPeriod); a past year's programme counts its December
        int year = jdbc.sql("select programme_year from programme where id = :p").param("p", programme).query(Integer.class).single();
        String period = year == demo.today().getYear() ? java.time.YearMonth.from(demo.today()).toString() : year + "-12";
        // registrations, reviews and recognitions from the counts kept per organization (V49)
        return "select " + child + ", count(*), 0, 0, 0 from programme_subject where programme_id = " + programme + " and " + in
                + " group by 1 union all select " + child + ", 0, sum(registered), 0, sum(recognised) from registration_count"
                + " where programme_id = " + programme + " and " + in + " group by 1 union all select " + child
                + ", 0, 0, sum(reviewed), 0 from self_review_count where programme_id = " + programme + " and review_period = '"
                + period + "' and " + in + " group by 1";
    }

    /**
     * Candidates at each stage now and who reached each stage this year, per direct child: each child a path range read
     * by index, the year's from the per-organization reach counts (V48).
     */
    private static String development(long scope, int year) {
        String range = " on %1$s.org_path >= o.path and %1$s.org_path < substring(o.path, 1, length(o.path) - 1) || '0'"
                + " where o.parent_id = " + scope;
        String stages = java.util.Arrays.stream(vn.chibo.development.internal.Stage.values()).map(Enum::name)
                .map(st -> "count(*) filter (where c.stage = '" + st + "')").collect(java.util.stream.Collectors.joining(", "));
        String reached = java.util.Arrays.stream(vn.chibo.development.internal.Stage.values()).map(Enum::name)
                .map(st -> "sum(r." + st.toLowerCase(java.util.Locale.ROOT) + ")").collect(java.util.stream.Collectors.joining(", "));
        return "select o.id, " + stages + " from organization o join development_candidate c" + range.formatted("c")
                + " group by 1 union all select o.id, " + reached + " from organization o join development_reach_count r"
                + range.formatted("r") + " and r.reach_year = " + year + " group by 1";
    }

    /**
     * A root's search by hand from the people kept per name (V66): the matching current names' people summed for the
     * total, and the rows of the first 25 names only (at most 25 names hold the first 25 people).
     */
    private static String byName(long root, String in, String... words) {
        String current = " and party_status not in ('STRUCK_OFF', 'DECEASED')";
        StringBuilder named = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (String word : words) {
            named.append(" and search_key like '%").append(word).append("%'");
            rows.append(" and (p.search_key || '') like '%").append(word).append("%'");
        }
        String people = "(mass + sympathiser + probationary + official)";
        return "with m as (select sort_key, sum" + people + " as people from person_name_count where root_id = " + root
                + named + " group by sort_key having sum" + people + " > 0) select p.id, p.full_name, p.sort_key, (select sum(people)"
                + " from m) from person p where p.sort_key in (select sort_key from m order by sort_key limit 25) and p." + in
                + current + rows + " order by p.sort_key, p.id limit 25";
    }

    private static String page(String template, String filter, int offset) {
        return template.replace("{filter}", filter).replace("{offset}", String.valueOf(offset));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
