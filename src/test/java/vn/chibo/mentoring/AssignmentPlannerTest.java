package vn.chibo.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.mentoring.internal.AssignmentPlanner;
import vn.chibo.mentoring.internal.AssignmentPlanner.Mentee;
import vn.chibo.mentoring.internal.AssignmentPlanner.MentorSlot;
import vn.chibo.mentoring.internal.AssignmentPlanner.Plan;

/** The assignment helper: everyone gets a mentor when there is room, nobody above the limit, same unit first. */
class AssignmentPlannerTest {

    static List<Mentee> mentees(int count, long organization, long firstId) {
        List<Mentee> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Mentee(firstId + i, organization));
        }
        return list;
    }

    static Map<Long, Integer> loads(Plan plan, List<MentorSlot> mentors) {
        Map<Long, Integer> loads = new HashMap<>();
        mentors.forEach(m -> loads.put(m.personId(), m.currentLoad()));
        plan.pairs().forEach(p -> loads.merge(p.mentorPersonId(), 1, Integer::sum));
        return loads;
    }

    @Test
    void everyMassIsAssignedWhenMentorsHaveRoomAndNobodyExceedsTheLimit() {
        List<MentorSlot> mentors = List.of(new MentorSlot(1, 10, 0), new MentorSlot(2, 10, 3), new MentorSlot(3, 10, 1));
        List<Mentee> mentees = mentees(8, 10, 100);
        Plan plan = AssignmentPlanner.plan(mentors, mentees, 4);
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.pairs()).hasSize(8);
        assertThat(plan.pairs()).extracting(AssignmentPlanner.Pair::menteePersonId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mentees.stream().map(Mentee::personId).toList());
        assertThat(loads(plan, mentors).values()).allMatch(load -> load <= 4);
        assertThat(loads(plan, mentors)).containsEntry(1L, 4).containsEntry(2L, 4).containsEntry(3L, 4);
    }

    @Test
    void theLeastLoadedMentorIsChosenFirst() {
        List<MentorSlot> mentors = List.of(new MentorSlot(1, 10, 2), new MentorSlot(2, 10, 0));
        Plan plan = AssignmentPlanner.plan(mentors, mentees(2, 10, 100), 4);
        assertThat(plan.pairs()).extracting(AssignmentPlanner.Pair::mentorPersonId).containsExactly(2L, 2L);
    }

    @Test
    void massesStayWithMentorsOfTheirOwnUnitWhileTheyHaveRoom() {
        List<MentorSlot> mentors = List.of(new MentorSlot(1, 10, 0), new MentorSlot(2, 20, 0));
        List<Mentee> mentees = new ArrayList<>(mentees(3, 10, 100));
        mentees.addAll(mentees(2, 20, 200));
        Plan plan = AssignmentPlanner.plan(mentors, mentees, 2);
        // unit 10 has one mentor with room for two: the third mass goes to the other unit's mentor, flagged
        assertThat(plan.pairs()).filteredOn(AssignmentPlanner.Pair::sameOrganization).hasSize(4);
        assertThat(plan.unassigned()).hasSize(1);
        assertThat(loads(plan, mentors).values()).allMatch(load -> load <= 2);
    }

    @Test
    void aMassGoesToAnotherUnitOnlyWhenHisOwnHasNoRoom() {
        List<MentorSlot> mentors = List.of(new MentorSlot(1, 10, 0), new MentorSlot(2, 20, 0));
        Plan plan = AssignmentPlanner.plan(mentors, mentees(3, 10, 100), 2);
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.pairs()).filteredOn(p -> !p.sameOrganization()).singleElement()
                .satisfies(p -> assertThat(p.mentorPersonId()).isEqualTo(2L));
    }

    @Test
    void withoutRoomMassesAreReportedUnmentoredAndOverloadedMentorsAreNamed() {
        List<MentorSlot> mentors = List.of(new MentorSlot(1, 10, 5), new MentorSlot(2, 10, 3));
        Plan plan = AssignmentPlanner.plan(mentors, mentees(3, 10, 100), 4);
        assertThat(plan.pairs()).hasSize(1);
        assertThat(plan.unassigned()).hasSize(2);
        assertThat(plan.overloaded()).extracting(MentorSlot::personId).containsExactly(1L);
        assertThat(loads(plan, mentors).get(2L)).isEqualTo(4);
    }

    @Test
    void aLargeCellIsBalancedAcrossItsMentors() {
        List<MentorSlot> mentors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mentors.add(new MentorSlot(i, 10 + i % 3, i % 2));
        }
        Plan plan = AssignmentPlanner.plan(mentors, mentees(30, 10, 1000), 3);
        assertThat(plan.unassigned()).isEmpty();
        Map<Long, Integer> loads = loads(plan, mentors);
        assertThat(loads.values()).allMatch(load -> load <= 3);
    }
}
