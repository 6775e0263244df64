package vn.chibo.meeting.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.MeetingParts.ActionItem;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.meeting.internal.MeetingParts.Contribution;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PartyPosition;
import vn.chibo.shared.text.VietnameseText;

/**
 * Meetings before, during and after: planning with invitations, attendance, contributions, the resolution and its
 * action items, manual scores, closing. The entry point for pages and API; transactions begin here, and the work is
 * done by {@link MeetingAccess}, {@link MeetingPlanning}, {@link MeetingProgress}, {@link LiveRecording} and
 * {@link MeetingOutcomes}.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String ENTITY = "Meeting";
    static final Set<PartyPosition> COMMITTEE_POSITIONS = EnumSet.of(PartyPosition.SECRETARY, PartyPosition.DEPUTY_SECRETARY,
            PartyPosition.STANDING_COMMITTEE, PartyPosition.COMMITTEE_MEMBER);

    private final MeetingStore store;
    private final ActionItemStore items;
    private final MeetingScorer scorer;
    private final RubricService rubrics;
    private final MeetingAccess access;
    private final MeetingPlanning planning;
    private final MeetingProgress progress;
    private final LiveRecording live;
    private final MeetingOutcomes outcomes;

    MeetingService(MeetingStore store, ActionItemStore items, MeetingScorer scorer, RubricService rubrics, MeetingAccess access,
                   MeetingPlanning planning, MeetingProgress progress, LiveRecording live, MeetingOutcomes outcomes) {
        this.store = store;
        this.items = items;
        this.scorer = scorer;
        this.rubrics = rubrics;
        this.access = access;
        this.planning = planning;
        this.progress = progress;
        this.live = live;
        this.outcomes = outcomes;
    }

    // ---- access ---------------------------------------------------------------------------------

    /** An organization whose meetings the account may read: in scope, or the member's own. */
    public OrganizationRef readableOrganization(long organizationId) {
        return access.readableOrganization(organizationId);
    }

    public Meeting get(long id) {
        return access.get(id);
    }

    // ---- reading --------------------------------------------------------------------------------

    public List<Meeting> meetingsOf(OrganizationRef organization, LocalDate from, LocalDate to) {
        return store.ofOrganization(organization.id(), from, to);
    }

    public List<Attendee> attendees(Meeting meeting) {
        return store.attendees(meeting.id());
    }

    public List<Contribution> contributions(Meeting meeting) {
        return store.contributions(meeting.id());
    }

    public List<ActionItem> items(Meeting meeting) {
        return items.itemsOf(meeting.id());
    }

    public List<ActionItem> carriedItems(Meeting meeting) {
        return items.carriedTo(meeting);
    }

    /** Open action items of an organization (for its calendar page). */
    public List<ActionItem> openItems(OrganizationRef organization) {
        return items.openOf(organization.id());
    }

    /** People on the meeting's list who may be picked as chair, minute-taker or assignee. */
    public List<Attendee> people(Meeting meeting) {
        return store.attendees(meeting.id()).stream().filter(a -> a.personId() != null).toList();
    }

    /** The score as it stands, with the facts behind it; {@code null} for meetings the rubric does not grade or not started. */
    public record ScoreView(RubricService.Rubric rubric, RubricDefinition definition, MeetingFacts.Facts facts,
                            RubricCalculator.Result result) {
    }

    public MeetingFacts.Facts facts(Meeting meeting) {
        return scorer.facts(List.of(meeting)).get(meeting.id());
    }

    public ScoreView score(Meeting meeting) {
        Long rubricId = scorer.rubricFor(meeting);
        MeetingFacts.Facts facts = facts(meeting);
        if (rubricId == null || !meeting.status().started() || !scorer.scoredKind(meeting, rubricId)) {
            return new ScoreView(null, null, facts, null);
        }
        return new ScoreView(rubrics.get(rubricId), rubrics.definition(rubricId), facts, scorer.score(meeting, facts, rubricId));
    }

    // ---- planning -------------------------------------------------------------------------------

    public Set<MeetingKind> kindsFor(OrganizationRef organization) {
        return planning.kindsFor(organization);
    }

    /** Who a meeting of this kind invites as members on a date: party members, or for a committee meeting its members. */
    public List<Invitee> invitees(OrganizationRef organization, MeetingKind kind, LocalDate date) {
        return planning.invitees(organization, kind, date);
    }

    public record Invitee(long personId, String fullName, String sortKey, String partyStatus) {
    }

    /** The organization's secretary (default chair) and deputy or a committee member (default minute-taker) on a date. */
    public Long[] defaultChairAndMinuteTaker(OrganizationRef organization, LocalDate date) {
        return planning.defaultChairAndMinuteTaker(organization, date);
    }

    @Transactional
    public Meeting create(long organizationId, MeetingForm form) {
        return planning.create(organizationId, form);
    }

    @Transactional
    public Meeting update(long id, MeetingForm form, long version) {
        return planning.update(id, form, version);
    }

    // ---- status ---------------------------------------------------------------------------------

    @Transactional
    public Meeting start(long id) {
        return progress.start(id);
    }

    /** Ends the meeting: its end time (now when not given and the meeting is today). */
    @Transactional
    public Meeting finish(long id, LocalTime endTime) {
        return progress.finish(id, endTime);
    }

    /** Approves the minutes: the score is frozen. Every member's attendance must be recorded. */
    @Transactional
    public Meeting close(long id) {
        return progress.close(id);
    }

    /** Administrators and officers reopen closed minutes to correct them. */
    @Transactional
    public Meeting reopen(long id) {
        return progress.reopen(id);
    }

    @Transactional
    public Meeting cancel(long id) {
        return progress.cancel(id);
    }

    void refresh(long meetingId) {
        progress.refresh(meetingId);
    }

    // ---- attendance and contributions -----------------------------------------------------------

    @Transactional
    public Attendee recordAttendance(long meetingId, long attendeeId, Attendance attendance, String reason) {
        return live.recordAttendance(meetingId, attendeeId, attendance, reason);
    }

    /** Everyone not yet marked is present (the usual roll call: then mark the absent). */
    @Transactional
    public int markAllPresent(long meetingId) {
        return live.markAllPresent(meetingId);
    }

    /** A guest (khách mời): a person on record (by id, visible to the account) or a name with a title. */
    @Transactional
    public Attendee addGuest(long meetingId, Long personId, String name, String title) {
        return live.addGuest(meetingId, personId, name, title);
    }

    /** One line of live entry: who, what kind, what (and whether the resolution takes it up). */
    @Transactional
    public Contribution addContribution(long meetingId, long attendeeId, ContributionKind kind, String content, boolean adopted) {
        return live.addContribution(meetingId, attendeeId, kind, content, adopted);
    }

    /** A proposal submitted before the meeting, for the agenda (see {@link LiveRecording#submitProposal}). */
    @Transactional
    public Contribution submitProposal(long meetingId, Long attendeeId, String content) {
        return live.submitProposal(meetingId, attendeeId, content);
    }

    @Transactional
    public Contribution setAdopted(long meetingId, long contributionId, boolean adopted) {
        return live.setAdopted(meetingId, contributionId, adopted);
    }

    @Transactional
    public void deleteContribution(long meetingId, long contributionId) {
        live.deleteContribution(meetingId, contributionId);
    }

    // ---- resolution, action items, manual scores ------------------------------------------------

    @Transactional
    public Meeting saveResolution(long meetingId, String text, Integer votesFor, Integer votesAgainst, long version) {
        return outcomes.saveResolution(meetingId, text, votesFor, votesAgainst, version);
    }

    @Transactional
    public ActionItem addItem(long meetingId, String content, Long assigneeId, LocalDate dueDate) {
        return outcomes.addItem(meetingId, content, assigneeId, dueDate);
    }

    @Transactional
    public void deleteItem(long meetingId, long itemId) {
        outcomes.deleteItem(meetingId, itemId);
    }

    /** Progress of an item, reported at a meeting where it is set or carried (see {@link MeetingOutcomes#updateItem}). */
    @Transactional
    public ActionItem updateItem(long meetingId, long itemId, ItemStatus status, String note, LocalDate closedOn, long version) {
        return outcomes.updateItem(meetingId, itemId, status, note, closedOn, version);
    }

    /** Points for the rubric's manual items ('' leaves an item unscored); comma or point as the decimal mark. */
    @Transactional
    public Meeting saveManualScores(long meetingId, Map<String, String> values, long version) {
        return outcomes.saveManualScores(meetingId, values, version);
    }

    /** Like {@link VietnameseText#clean} line by line: keeps the lines of an agenda or a resolution; blank is {@code null}. */
    static String cleanText(String input) {
        if (input == null) {
            return null;
        }
        String text = input.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(line -> {
                    String clean = VietnameseText.clean(line);
                    return clean == null ? "" : clean;
                })
                .collect(java.util.stream.Collectors.joining("\n")).replaceAll("\n{3,}", "\n\n").strip();
        return text.isEmpty() ? null : text;
    }
}
