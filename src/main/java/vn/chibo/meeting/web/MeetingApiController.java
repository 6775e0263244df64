package vn.chibo.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meeting.internal.Attendance;
import vn.chibo.meeting.internal.ContributionKind;
import vn.chibo.meeting.internal.ItemStatus;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.Measure;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingForm;
import vn.chibo.meeting.internal.MeetingKind;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.meeting.internal.MeetingStatus;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;

/** REST API of cell meetings, scoped like the pages: out of scope is 404, out of role 403. Figures: {@link MeetingReportApiController}. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Sinh hoạt chi bộ: lịch, điểm danh, ý kiến, nghị quyết, chấm điểm, tổng hợp")
class MeetingApiController {

    private final MeetingService meetings;
    private final MaterialService materials;
    private final Clock clock;

    MeetingApiController(MeetingService meetings, MaterialService materials, Clock clock) {
        this.meetings = meetings;
        this.materials = materials;
        this.clock = clock;
    }

    record MeetingDto(long id, long organizationId, MeetingKind kind, boolean combinedThematic, String topic, LocalDate date,
                      LocalTime startTime, LocalTime endTime, Integer durationMinutes, String place, Long chairId, Long minuteTakerId,
                      String agenda, MeetingStatus status, int officialInvited, int probationaryInvited, int present, int excused,
                      int unexcused, int speakers, int contributions, boolean supervisorPresent, BigDecimal score, String grade,
                      boolean flat, long version) {

        static MeetingDto of(Meeting m) {
            return new MeetingDto(m.id(), m.organizationId(), m.kind(), m.combinedThematic(), m.topic(), m.date(), m.startTime(),
                    m.endTime(), m.durationMinutes(), m.place(), m.chairId(), m.minuteTakerId(), m.agenda(), m.status(),
                    m.officialCount(), m.probationaryCount(), m.presentCount(), m.excusedCount(), m.unexcusedCount(), m.speakerCount(),
                    m.contributionCount(), m.supervisorPresent(), m.score(), m.grade(), m.flat(), m.version());
        }
    }

    record AttendeeDto(long id, Long personId, String fullName, MeetingParts.Role role, String partyStatus,
                       MeetingParts.GuestKind guestKind, String guestTitle, Attendance attendance, String absenceReason) {

        static AttendeeDto of(MeetingParts.Attendee a) {
            return new AttendeeDto(a.id(), a.personId(), a.fullName(), a.role(), a.partyStatus(), a.guestKind(), a.guestTitle(),
                    a.attendance(), a.absenceReason());
        }
    }

    record ContributionDto(long id, long attendeeId, String speakerName, ContributionKind kind, String content, boolean adopted,
                           boolean beforeMeeting, Instant recordedAt) {

        static ContributionDto of(MeetingParts.Contribution c) {
            return new ContributionDto(c.id(), c.attendeeId(), c.speakerName(), c.kind(), c.content(), c.adopted(), c.beforeMeeting(),
                    c.recordedAt());
        }
    }

    record ItemDto(long id, long meetingId, LocalDate meetingDate, String content, Long assigneeId, String assigneeName,
                   LocalDate dueDate, ItemStatus status, LocalDate closedOn, String note, long version) {

        static ItemDto of(MeetingParts.ActionItem i) {
            return new ItemDto(i.id(), i.meetingId(), i.meetingDate(), i.content(), i.assigneeId(), i.assigneeName(), i.dueDate(),
                    i.status(), i.closedOn(), i.note(), i.version());
        }
    }

    record MaterialDto(long id, MeetingParts.MaterialPurpose purpose, String title, String filename, long size, Instant postedAt,
                       long hoursBeforeStart, boolean inTime) {
    }

    record ScoreDto(Long rubricId, BigDecimal total, String grade, boolean flat, Map<String, BigDecimal> items,
                    List<String> missingFullMarks, List<String> pendingManual, Map<Measure, BigDecimal> facts,
                    List<String> minutesMissing) {
    }

    record MeetingDetail(MeetingDto meeting, List<AttendeeDto> attendees, List<ContributionDto> contributions,
                         List<ItemDto> actionItems, List<ItemDto> carriedOver, List<MaterialDto> materials, ScoreDto score) {
    }

    private ScoreDto score(Meeting meeting) {
        var view = meetings.score(meeting);
        if (view.result() == null) {
            return new ScoreDto(null, null, null, false, Map.of(), List.of(), List.of(), view.facts().values(),
                    view.facts().minutesMissing());
        }
        Map<String, BigDecimal> items = new java.util.LinkedHashMap<>();
        view.result().items().forEach(i -> items.put(i.code(), i.points()));
        return new ScoreDto(view.rubric().id(), view.result().total(), view.result().grade(), view.result().flat(), items,
                view.result().missingFullMarks(), view.result().pendingManual(), view.facts().values(), view.facts().minutesMissing());
    }

    private MeetingDetail detail(Meeting meeting) {
        return new MeetingDetail(MeetingDto.of(meeting),
                meetings.attendees(meeting).stream().map(AttendeeDto::of).toList(),
                meetings.contributions(meeting).stream().map(ContributionDto::of).toList(),
                meetings.items(meeting).stream().map(ItemDto::of).toList(),
                meetings.carriedItems(meeting).stream().map(ItemDto::of).toList(),
                materials.list(meeting).stream().map(m -> new MaterialDto(m.id(), m.purpose(), m.title(), m.filename(), m.size(),
                        m.postedAt(), m.leadHours(), m.inTime())).toList(),
                score(meeting));
    }

    @GetMapping
    @Operation(summary = "An organization's meetings in a period (default: this year)")
    List<MeetingDto> list(@RequestParam long organizationId, @RequestParam(required = false) LocalDate from,
                          @RequestParam(required = false) LocalDate to) {
        OrganizationRef organization = meetings.readableOrganization(organizationId);
        LocalDate today = LocalDate.now(clock);
        return meetings.meetingsOf(organization, from == null ? LocalDate.of(today.getYear(), 1, 1) : from,
                to == null ? LocalDate.of(today.getYear(), 12, 31) : to).stream().map(MeetingDto::of).toList();
    }

    record MeetingRequest(Long organizationId, MeetingKind kind, Boolean combinedThematic, String topic, LocalDate date,
                          LocalTime startTime, LocalTime endTime, String place, Long chairId, Long minuteTakerId, String agenda,
                          Long version) {

        MeetingForm form() {
            return new MeetingForm(kind, Boolean.TRUE.equals(combinedThematic), topic, date, startTime, endTime, place, chairId, minuteTakerId, agenda);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a meeting; members at its date and assigned superior committee members are invited")
    MeetingDetail create(@RequestBody MeetingRequest request) {
        if (request.organizationId() == null) {
            throw new BusinessRuleException("organizationId", "meeting.error.kind");
        }
        return detail(meetings.create(request.organizationId(), request.form()));
    }

    @GetMapping("/{id}")
    MeetingDetail get(@PathVariable long id) {
        return detail(meetings.get(id));
    }

    @PutMapping("/{id}")
    MeetingDetail update(@PathVariable long id, @RequestBody MeetingRequest request) {
        return detail(meetings.update(id, request.form(), request.version() == null ? -1 : request.version()));
    }

    record FinishRequest(LocalTime endTime) {
    }

    @PostMapping("/{id}/start")
    MeetingDto start(@PathVariable long id) {
        return MeetingDto.of(meetings.start(id));
    }

    @PostMapping("/{id}/finish")
    MeetingDto finish(@PathVariable long id, @RequestBody(required = false) FinishRequest request) {
        return MeetingDto.of(meetings.finish(id, request == null ? null : request.endTime()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Approve the minutes: the score is frozen")
    MeetingDto close(@PathVariable long id) {
        return MeetingDto.of(meetings.close(id));
    }

    record AttendanceRequest(Attendance attendance, String reason) {
    }

    @PutMapping("/{id}/attendance/{attendeeId}")
    AttendeeDto attendance(@PathVariable long id, @PathVariable long attendeeId, @RequestBody AttendanceRequest request) {
        return AttendeeDto.of(meetings.recordAttendance(id, attendeeId, request.attendance(), request.reason()));
    }

    record ContributionRequest(Long attendeeId, ContributionKind kind, String content, Boolean adopted) {
    }

    @PostMapping("/{id}/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    ContributionDto contribute(@PathVariable long id, @RequestBody ContributionRequest request) {
        return ContributionDto.of(meetings.addContribution(id, request.attendeeId() == null ? -1 : request.attendeeId(),
                request.kind(), request.content(), Boolean.TRUE.equals(request.adopted())));
    }

    record ProposalRequest(Long attendeeId, String content) {
    }

    @PostMapping("/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A proposal submitted before the meeting (by an invited member for himself); it shows on the agenda")
    ContributionDto propose(@PathVariable long id, @RequestBody ProposalRequest request) {
        return ContributionDto.of(meetings.submitProposal(id, request.attendeeId(), request.content()));
    }

    record ResolutionRequest(String text, Integer votesFor, Integer votesAgainst, Long version) {
    }

    @PutMapping("/{id}/resolution")
    MeetingDto resolution(@PathVariable long id, @RequestBody ResolutionRequest request) {
        return MeetingDto.of(meetings.saveResolution(id, request.text(), request.votesFor(), request.votesAgainst(),
                request.version() == null ? -1 : request.version()));
    }

    record ItemRequest(String content, Long assigneeId, LocalDate dueDate) {
    }

    @PostMapping("/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemDto addItem(@PathVariable long id, @RequestBody ItemRequest request) {
        return ItemDto.of(meetings.addItem(id, request.content(), request.assigneeId(), request.dueDate()));
    }

    record ItemUpdate(ItemStatus status, String note, LocalDate closedOn, Long version) {
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Progress of an action item set or carried at this meeting")
    ItemDto updateItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemUpdate request) {
        return ItemDto.of(meetings.updateItem(id, itemId, request.status(), request.note(), request.closedOn(),
                request.version() == null ? -1 : request.version()));
    }

    record ScoresRequest(Map<String, String> values, Long version) {
    }

    @PutMapping("/{id}/scores")
    @Operation(summary = "Points for the rubric's manual items")
    ScoreDto scores(@PathVariable long id, @RequestBody ScoresRequest request) {
        return score(meetings.saveManualScores(id, request.values() == null ? Map.of() : request.values(),
                request.version() == null ? -1 : request.version()));
    }

    @GetMapping("/{id}/score")
    ScoreDto score(@PathVariable long id) {
        return score(meetings.get(id));
    }
}
