package vn.chibo.development.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory.PersonFacts;

/**
 * Điều kiện kết nạp, judged on the day the cell considers the candidate: age in whole months, education,
 * a valid Party-awareness class certificate, introducers who are official members and have worked with
 * the candidate long enough. Pure: every problem is returned as a message key with its arguments.
 */
public final class Eligibility {

    private static final Pattern GRADE = Pattern.compile("^(\\d{1,2})\\s*/\\s*(10|12)$");

    private Eligibility() {
    }

    /** One unmet condition. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    /** An introducer, with since when he has worked with the candidate. */
    public record Introducer(PersonFacts facts, LocalDate together) {
    }

    public static long ageInMonths(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).toTotalMonths();
    }

    public static List<Problem> check(PersonFacts candidate, LocalDate on, LocalDate certificateOn, List<Introducer> introducers,
                                      DevelopmentRules rules) {
        List<Problem> problems = new ArrayList<>();
        if (candidate.birthDate() == null) {
            problems.add(new Problem("birthDate", "development.eligibility.birthDateUnknown"));
        } else {
            long months = ageInMonths(candidate.birthDate(), on);
            if (months < rules.minAgeMonths()) {
                problems.add(new Problem("birthDate", "development.eligibility.tooYoung", months, rules.minAgeMonths()));
            } else if (months > rules.maxAgeMonths()) {
                problems.add(new Problem("birthDate", "development.eligibility.tooOld", months, rules.maxAgeMonths()));
            }
        }
        if (!educationMet(candidate.education(), rules.minEducationGrade())) {
            problems.add(new Problem("education", "development.eligibility.education", rules.minEducationGrade()));
        }
        if (certificateOn == null) {
            problems.add(new Problem("certificateOn", "development.eligibility.noCertificate"));
        } else if (on.isAfter(certificateOn.plusYears(rules.certificateValidYears())) || certificateOn.isAfter(on)) {
            problems.add(new Problem("certificateOn", "development.eligibility.certificateExpired", rules.certificateValidYears()));
        }
        long valid = 0;
        for (Introducer introducer : introducers) {
            if (introducer == null || introducer.facts() == null) {
                continue;
            }
            PersonFacts facts = introducer.facts();
            if (facts.partyStatus() != PartyStatus.OFFICIAL || facts.officialSince() == null || facts.officialSince().isAfter(on)) {
                problems.add(new Problem("introducers", "development.eligibility.introducerNotOfficial", facts.fullName()));
            } else if (introducer.together() == null
                    || Period.between(introducer.together(), on).toTotalMonths() < rules.introducerMonthsTogether()) {
                problems.add(new Problem("introducers", "development.eligibility.introducerTooShort", facts.fullName(),
                        rules.introducerMonthsTogether()));
            } else if (facts.id() == candidate.id()) {
                problems.add(new Problem("introducers", "development.eligibility.introducerSelf"));
            } else {
                valid++;
            }
        }
        if (introducers.stream().filter(i -> i != null && i.facts() != null).map(i -> i.facts().id()).distinct().count()
                < introducers.stream().filter(i -> i != null && i.facts() != null).count()) {
            problems.add(new Problem("introducers", "development.eligibility.introducerTwice"));
        }
        if (valid < rules.introducersRequired()) {
            problems.add(new Problem("introducers", "development.eligibility.introducers", rules.introducersRequired()));
        }
        return problems;
    }

    /** 'x/12' (or 'x/10') grades are compared with the minimum; any other stated education (a degree) counts as met. */
    static boolean educationMet(String education, int minGrade) {
        if (education == null || education.isBlank()) {
            return minGrade <= 0;
        }
        Matcher m = GRADE.matcher(education.strip());
        if (!m.matches()) {
            return true;
        }
        int grade = Integer.parseInt(m.group(1));
        // the old 10-year system's grade 7 equals grade 9 of today's 12-year system
        int equivalent = m.group(2).equals("10") ? grade + 2 : grade;
        return equivalent >= minGrade;
    }
}
