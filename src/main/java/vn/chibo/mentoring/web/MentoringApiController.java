package vn.chibo.mentoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.mentoring.MentoringOutcome;
import vn.chibo.mentoring.internal.ActivityService;
import vn.chibo.mentoring.internal.AssignmentPlanner;
import vn.chibo.mentoring.internal.MentoringBoard;
import vn.chibo.mentoring.internal.MentoringGroup;
import vn.chibo.mentoring.internal.MentoringReview;
import vn.chibo.mentoring.internal.MentoringAssignments;
import vn.chibo.mentoring.internal.MentoringService;
import vn.chibo.mentoring.internal.MentoringSession;
import vn.chibo.mentoring.internal.SessionForm;

/** REST API of the mentoring programme, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/mentoring")
@Tag(name = "Mentoring", description = "Dìu dắt quần chúng và cấp dưới, tổ 3 người")
class MentoringApiController {

    private final MentoringService mentoring;
    private final MentoringAssignments assigning;
    private final ActivityService activity;
    private final MentoringBoard board;

    MentoringApiController(MentoringService mentoring, MentoringAssignments assigning, ActivityService activity, MentoringBoard board) {
        this.mentoring = mentoring;
        this.assigning = assigning;
        this.activity = activity;
        this.board = board;
    }

    record GroupDto(long id, String name, long organizationId, long mentorPersonId, LocalDate formedOn, LocalDate endedOn,
                    List<AssignmentDto> assignments, long version) {
    }

    record AssignmentDto(long id, long menteePersonId, LocalDate startDate, LocalDate endDate, MentoringOutcome endReason,
                         String goals, long version) {
    }

    record SessionDto(long id, LocalDate heldOn, List<MentoringSession.Topic> topics, String content,
                      String difficultiesRaised, String difficultiesResolved, String sharedNotes, String privateNotes,
                      List<MentoringSession.MassOrganization> massOrganizations, Integer attendees, String recordedBy) {

        static SessionDto of(ActivityService.SessionView v) {
            MentoringSession s = v.session();
            return new SessionDto(s.getId(), s.getHeldOn(), s.topicList(), s.getContent(), s.getDifficultiesRaised(),
                    s.getDifficultiesResolved(), s.getSharedNotes(), v.privateNotes(), s.massOrganizationList(),
                    s.getAttendees(), s.getRecordedBy());
        }
    }

    /** {@code awardRecordId}: the award register's record an outcome AWARDED stands for. */
    record ReviewRequest(String period, MentoringReview.Rating rating, String comment, List<MentoringOutcome> outcomes,
                         Long awardRecordId, Long version) {
    }

    record ConfirmRequest(List<String> pairs, LocalDate start, String goals) {
    }

    @GetMapping("/organizations/{id}/groups")
    @Operation(summary = "Active three-person groups in an organization's subtree, by organization (50 a page)")
    List<MentoringService.GroupLine> groups(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        return mentoring.groupsOf(id, page);
    }

    @GetMapping("/organizations/{id}/plan")
    @Operation(summary = "The assignment helper's proposal for a cell or unit")
    AssignmentPlanner.Plan plan(@PathVariable long id) {
        return assigning.propose(id).plan();
    }

    @PostMapping("/organizations/{id}/plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Confirm the pairs kept from a proposal ('mentorPersonId:menteePersonId')")
    int confirm(@PathVariable long id, @RequestBody ConfirmRequest request) {
        return assigning.confirm(id, request.pairs(), request.start(), request.goals());
    }

    @GetMapping("/organizations/{id}/board")
    @Operation(summary = "Programme board of a subtree, one row per organization directly under it")
    MentoringBoard.Board board(@PathVariable long id) {
        return board.board(id);
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "A group with its assignments")
    GroupDto group(@PathVariable long id) {
        MentoringGroup g = mentoring.group(id);
        return new GroupDto(g.getId(), g.getName(), g.getOrganizationId(), g.getMentorPersonId(), g.getFormedOn(),
                g.getEndedOn(), mentoring.assignmentsOf(g).stream().map(a -> new AssignmentDto(a.getId(), a.getMenteePersonId(),
                a.getStartDate(), a.getEndDate(), a.getEndReason(), a.getGoals(), a.getVersion())).toList(), g.getVersion());
    }

    @GetMapping("/groups/{id}/sessions")
    @Operation(summary = "The group's last 20 sessions (private notes only for the mentor)")
    List<SessionDto> sessions(@PathVariable long id) {
        return activity.sessionsOf(id).stream().map(SessionDto::of).toList();
    }

    @PostMapping("/groups/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a group session")
    long logSession(@PathVariable long id, @RequestBody SessionForm form) {
        return activity.logSession(id, form).getId();
    }

    @PostMapping("/assignments/{id}/review")
    @Operation(summary = "Rate a mentee's progress for a period, with outcomes")
    long review(@PathVariable long id, @RequestBody ReviewRequest request) {
        return activity.review(id, request.period(), request.rating(), request.comment(), request.outcomes(),
                request.awardRecordId(), request.version()).getId();
    }

    @GetMapping("/mine")
    @Operation(summary = "The groups the signed-in person mentors")
    List<MentoringService.GroupLine> mine() {
        Long self = vn.chibo.shared.security.CurrentUser.get().personId();
        return self == null ? List.of() : mentoring.groupsMentoredBy(self);
    }
}
