package vn.chibo.mentoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Trợ lý phân công: pairs every unmentored mass with a mentor, the least loaded first, never above
 * the maximum of mentees per mentor, and within the mentee's own organization (company, agency cell)
 * before looking elsewhere in the unit. Pure: the service feeds it and the officer confirms the result.
 */
public final class AssignmentPlanner {

    private AssignmentPlanner() {
    }

    /** A possible mentor, where he belongs and how many mentees he already has. */
    public record MentorSlot(long personId, long organizationId, int currentLoad) {
    }

    /** A person to mentor and where he belongs. */
    public record Mentee(long personId, long organizationId) {
    }

    /** One proposed pairing; {@code sameOrganization} is false when the mentor comes from elsewhere in the unit. */
    public record Pair(long mentorPersonId, long menteePersonId, boolean sameOrganization) {
    }

    /**
     * The proposal: pairs, mentees left without a mentor (no capacity anywhere), and mentors already above
     * the maximum before any new pairing.
     */
    public record Plan(List<Pair> pairs, List<Mentee> unassigned, List<MentorSlot> overloaded, int maxPerMentor) {

        /** Proposed pairs grouped by mentor, in the order mentors were first used. */
        public Map<Long, List<Pair>> byMentor() {
            Map<Long, List<Pair>> grouped = new LinkedHashMap<>();
            pairs.forEach(p -> grouped.computeIfAbsent(p.mentorPersonId(), k -> new ArrayList<>()).add(p));
            return grouped;
        }
    }

    private static final class Load {
        final MentorSlot slot;
        int load;

        Load(MentorSlot slot) {
            this.slot = slot;
            this.load = slot.currentLoad();
        }
    }

    public static Plan plan(List<MentorSlot> mentors, List<Mentee> mentees, int maxPerMentor) {
        if (maxPerMentor < 1) {
            throw new IllegalArgumentException("maxPerMentor must be positive");
        }
        Comparator<Load> leastLoaded = Comparator.<Load>comparingInt(l -> l.load).thenComparingLong(l -> l.slot.personId());
        Map<Long, PriorityQueue<Load>> byOrganization = new LinkedHashMap<>();
        List<Load> all = new ArrayList<>();
        List<MentorSlot> overloaded = new ArrayList<>();
        for (MentorSlot mentor : mentors) {
            Load load = new Load(mentor);
            if (mentor.currentLoad() > maxPerMentor) {
                overloaded.add(mentor);
            }
            byOrganization.computeIfAbsent(mentor.organizationId(), k -> new PriorityQueue<>(leastLoaded)).add(load);
            all.add(load);
        }
        List<Pair> pairs = new ArrayList<>();
        List<Mentee> leftOver = new ArrayList<>();
        for (Mentee mentee : mentees) {
            Load chosen = take(byOrganization.get(mentee.organizationId()), maxPerMentor);
            if (chosen == null) {
                leftOver.add(mentee);
                continue;
            }
            pairs.add(new Pair(chosen.slot.personId(), mentee.personId(), true));
        }
        List<Mentee> unassigned = new ArrayList<>();
        PriorityQueue<Load> everyone = new PriorityQueue<>(leastLoaded);
        everyone.addAll(all);
        for (Mentee mentee : leftOver) {
            Load chosen = take(everyone, maxPerMentor);
            if (chosen == null) {
                unassigned.add(mentee);
                continue;
            }
            pairs.add(new Pair(chosen.slot.personId(), mentee.personId(),
                    Objects.equals(chosen.slot.organizationId(), mentee.organizationId())));
        }
        return new Plan(pairs, unassigned, overloaded, maxPerMentor);
    }

    /** The least loaded mentor with room, his load counted up; the queues are re-ordered lazily. */
    private static Load take(PriorityQueue<Load> queue, int maxPerMentor) {
        if (queue == null) {
            return null;
        }
        List<Load> stale = new ArrayList<>();
        Load chosen = null;
        while (!queue.isEmpty()) {
            Load head = queue.poll();
            stale.add(head);
            if (head.load < maxPerMentor) {
                chosen = head;
                break;
            }
        }
        if (chosen != null) {
            chosen.load++;
        }
        // put back those with room left (re-inserting keeps the queue ordered by the new load)
        queue.addAll(stale.stream().filter(l -> l.load < maxPerMentor).toList());
        return chosen;
    }
}
