package vn.chibo.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test's own count of review figures, independent of the statistics SQL: raw rows are read with plain
 * {@code select}s (no {@code like}, no grouping) and counted in Java, placing each row by
 * {@link String#startsWith} on its path. Each figure is a set of facts (path, identity): a row count uses the
 * row's id, a distinct count the person's or subject's id, so that one mechanism counts both.
 */
final class RawFigures {

    record Fact(String path, Object id) {
    }

    private final Map<String, List<Fact>> facts = new TreeMap<>();

    private RawFigures() {
    }

    /** The figures checked by the tests, from the raw rows, for a period. */
    static RawFigures count(JdbcClient jdbc, LocalDate from, LocalDate to) {
        RawFigures raw = new RawFigures();
        jdbc.sql("select id, org_path, party_status, admitted_on, official_since, left_on from person").query(rs -> {
            String path = rs.getString(2);
            LocalDate admitted = rs.getObject(4, LocalDate.class);
            LocalDate official = rs.getObject(5, LocalDate.class);
            LocalDate left = rs.getObject(6, LocalDate.class);
            boolean present = left == null || left.isAfter(to);
            if (admitted != null && !admitted.isAfter(to) && present) {
                raw.add("people.members", path, rs.getLong(1));
            }
            if (official != null && !official.isAfter(to) && present) {
                raw.add("people.official", path, rs.getLong(1));
            }
            if (in(admitted, from, to)) {
                raw.add("people.admitted", path, rs.getLong(1));
            }
            if ("STRUCK_OFF".equals(rs.getString(3)) && in(left, from, to)) {
                raw.add("people.struckOff", path, rs.getLong(1));
            }
        });
        Map<Long, List<LocalDate[]>> mentorSpells = new HashMap<>();
        Map<Long, List<LocalDate>> menteeStarts = new HashMap<>();
        jdbc.sql("select id, org_path, mentor_person_id, mentee_person_id, start_date, end_date from mentoring_assignment").query(rs -> {
            LocalDate start = rs.getObject(5, LocalDate.class);
            LocalDate end = rs.getObject(6, LocalDate.class);
            mentorSpells.computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(new LocalDate[] {start, end});
            menteeStarts.computeIfAbsent(rs.getLong(4), k -> new ArrayList<>()).add(start);
            if (!start.isAfter(to) && (end == null || !end.isBefore(from))) {
                raw.add("mentoring.mentors", rs.getString(2), rs.getLong(3));
                raw.add("mentoring.mentees", rs.getString(2), rs.getLong(4));
                raw.add("mentoring.assignments", rs.getString(2), rs.getLong(1));
            }
        });
        jdbc.sql("select id, org_path, formed_on, ended_on from mentoring_group").query(rs -> {
            LocalDate formed = rs.getObject(3, LocalDate.class);
            LocalDate ended = rs.getObject(4, LocalDate.class);
            if (!formed.isAfter(to) && (ended == null || !ended.isBefore(from))) {
                raw.add("mentoring.groups", rs.getString(2), rs.getLong(1));
            }
        });
        jdbc.sql("select id, org_path, held_on from mentoring_session").query(rs -> {
            if (in(rs.getObject(3, LocalDate.class), from, to)) {
                raw.add("mentoring.sessions", rs.getString(2), rs.getLong(1));
            }
        });
        jdbc.sql("select id, org_path, person_id, decision_on from development_candidate").query(rs -> {
            LocalDate decided = rs.getObject(4, LocalDate.class);
            if (in(decided, from, to)) {
                raw.add("development.admitted", rs.getString(2), rs.getLong(1));
                if (menteeStarts.getOrDefault(rs.getLong(3), List.of()).stream().anyMatch(s -> !s.isAfter(decided))) {
                    raw.add("mentoring.menteesAdmitted", rs.getString(2), rs.getLong(3));
                }
            }
        });
        jdbc.sql("select id, org_path, recipient_kind, award_form, decision_number, decision_date, person_id from award_record")
                .query(rs -> {
                    LocalDate day = rs.getObject(6, LocalDate.class);
                    if (!in(day, from, to)) {
                        return;
                    }
                    String path = rs.getString(2);
                    raw.add("ORGANIZATION".equals(rs.getString(3)) ? "awards.collective" : "awards.individual", path, rs.getLong(1));
                    raw.add("awards.form." + rs.getString(4), path, rs.getLong(1));
                    raw.add("awards.decisions", path, rs.getString(5) + "|" + day);
                    long person = rs.getLong(7);
                    if (!rs.wasNull() && mentorSpells.getOrDefault(person, List.of()).stream()
                            .anyMatch(s -> !s[0].isAfter(day) && (s[1] == null || !s[1].isBefore(day)))) {
                        raw.add("mentoring.mentorsAwarded", path, person);
                    }
                });
        jdbc.sql("select id, org_path, discipline_form, decision_date from discipline_record").query(rs -> {
            if (in(rs.getObject(4, LocalDate.class), from, to)) {
                raw.add("discipline.total", rs.getString(2), rs.getLong(1));
                raw.add("discipline.form." + rs.getString(3), rs.getString(2), rs.getLong(1));
            }
        });
        jdbc.sql("select id, org_path, status, kind, meeting_date, period, combined_thematic, score, grade, official_count"
                + " + probationary_count, present_count, contribution_count, flat from meeting").query(rs -> {
            String status = rs.getString(3);
            String kind = rs.getString(4);
            LocalDate day = rs.getObject(5, LocalDate.class);
            if (("HELD".equals(status) || "CLOSED".equals(status)) && !"COMMITTEE".equals(kind) && in(day, from, to)) {
                String path = rs.getString(2);
                long id = rs.getLong(1);
                raw.add("meetings.held", path, id);
                if ("REGULAR".equals(kind)) {
                    raw.add("meetings.regular", path, id);
                    if (day.toString().substring(0, 7).equals(rs.getString(6))) {
                        raw.add("meetings.heldOnTime", path, id);
                    }
                }
                if ("THEMATIC".equals(kind) || rs.getBoolean(7)) {
                    raw.add("meetings.thematic", path, id);
                }
                if (rs.getObject(8) != null) {
                    raw.add("meetings.scored", path, id);
                }
                if (rs.getString(9) != null) {
                    raw.add("meetings.grade." + rs.getString(9), path, id);
                }
                if (rs.getBoolean(13)) {
                    raw.add("meetings.flat", path, id);
                }
                // sums as that many distinct facts of the meeting
                String[] summed = {"meetings.invited", "meetings.present", "meetings.contributions"};
                for (int k = 0; k < summed.length; k++) {
                    for (int n = 0; n < rs.getInt(10 + k); n++) {
                        raw.add(summed[k], path, id + ":" + n);
                    }
                }
            }
        });
        jdbc.sql("select id, org_path, finding_type, found_on from inspection_finding").query(rs -> {
            if (in(rs.getObject(4, LocalDate.class), from, to)) {
                raw.add("inspection.findings." + rs.getString(3), rs.getString(2), rs.getLong(1));
            }
        });
        classification(jdbc, raw, from, to);
        emulation(jdbc, raw, from, to);
        return raw;
    }

    private static void classification(JdbcClient jdbc, RawFigures raw, LocalDate from, LocalDate to) {
        jdbc.sql("select id, org_path, round_year, subject_kind, org_type, decided_grade from classification_entry").query(rs -> {
            int year = rs.getInt(3);
            String grade = rs.getString(6);
            if (year < from.getYear() || year > to.getYear() || grade == null || "EXEMPT".equals(grade)) {
                return;
            }
            String kind = "MEMBER".equals(rs.getString(4)) ? "members" : "CELL".equals(rs.getString(5)) ? "cells" : "committees";
            raw.add("classification." + kind + ".decided", rs.getString(2), rs.getLong(1));
            if ("EXCELLENT".equals(grade) || "GOOD".equals(grade)) {
                raw.add("classification." + kind + ".goodOrBetter", rs.getString(2), rs.getLong(1));
            }
        });
    }

    private static void emulation(JdbcClient jdbc, RawFigures raw, LocalDate from, LocalDate to) {
        Map<Long, String> codeOfProgramme = new HashMap<>();
        Map<Long, Integer> yearOfProgramme = new HashMap<>();
        Map<Long, String> codeOfRulebook = new HashMap<>();
        jdbc.sql("select id, code from rulebook").query(rs -> {
            codeOfRulebook.put(rs.getLong(1), rs.getString(2));
        });
        jdbc.sql("select id, rulebook_id, programme_year from programme").query(rs -> {
            codeOfProgramme.put(rs.getLong(1), codeOfRulebook.get(rs.getLong(2)));
            yearOfProgramme.put(rs.getLong(1), rs.getInt(3));
        });
        Map<Long, Boolean> decided = new HashMap<>();
        jdbc.sql("select registration_id, status, decided_recognised from assessment").query(rs -> {
            if ("DECIDED".equals(rs.getString(2))) {
                decided.put(rs.getLong(1), rs.getBoolean(3));
            }
        });
        jdbc.sql("select id, programme_id, org_path, person_id, organization_id from registration").query(rs -> {
            long programme = rs.getLong(2);
            int year = yearOfProgramme.get(programme);
            if (year < from.getYear() || year > to.getYear()) {
                return;
            }
            String code = codeOfProgramme.get(programme);
            String path = rs.getString(3);
            long person = rs.getLong(4);
            String subject = rs.wasNull() ? "org:" + rs.getLong(5) : "person:" + person;
            raw.add("emulation." + code + ".registered", path, rs.getLong(1));
            Boolean recognised = decided.get(rs.getLong(1));
            if (recognised != null && "DON_VI_VMTD_MAU_MUC".equals(code)) {
                raw.add("units.assessed", path, rs.getLong(1));
            }
            if (Boolean.TRUE.equals(recognised)) {
                raw.add("emulation." + code + ".recognised", path, rs.getLong(1));
                raw.add("emulation." + code + ".recognisedSubjects", path, subject);
                if ("DON_VI_VMTD_MAU_MUC".equals(code)) {
                    raw.add("units.exemplary", path, rs.getLong(1));
                }
            }
        });
    }

    private void add(String key, String path, Object id) {
        facts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Fact(path, id));
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    Set<String> keys() {
        return facts.keySet();
    }

    /** The count under a root path, minus the facts under any of the excluded paths (the root's own row). */
    long count(String key, String under, List<String> excluded) {
        Set<Object> ids = new HashSet<>();
        for (Fact fact : facts.getOrDefault(key, List.of())) {
            if (fact.path().startsWith(under) && excluded.stream().noneMatch(fact.path()::startsWith)) {
                ids.add(fact.id());
            }
        }
        return ids.size();
    }

    /** 100 × part / whole, one decimal, half up, as the review publishes shares. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 1000L).divide(BigDecimal.valueOf(whole), 0, java.math.RoundingMode.HALF_UP)
                .movePointLeft(1);
    }
}
