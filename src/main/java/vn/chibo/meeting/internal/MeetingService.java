package vn.chibo.meeting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.internal.MeetingParts.ActionItem;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.meeting.internal.MeetingParts.Contribution;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Meetings before, during and after: planning with invitations, attendance, contributions, the resolution and its
 * action items, manual scores, closing. Scoped like everything else: a meeting is read by whoever may see its
 * organization, by the organization's own members and by those invited; it is run by the organization's secretary,
 * the officers above it and administrators, and recorded live also by its minute-taker.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String ENTITY = "Meeting";
    static final Set<PartyPosition> COMMITTEE_POSITIONS = EnumSet.of(PartyPosition.SECRETARY, PartyPosition.DEPUTY_SECRETARY,
            PartyPosition.STANDING_COMMITTEE, PartyPosition.COMMITTEE_MEMBER);

    private final MeetingStore store;
    private final MeetingScorer scorer;
    private final RubricService rubrics;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    MeetingService(MeetingStore store, MeetingScorer scorer, RubricService rubrics, OrganizationDirectory organizations,
                   PersonDirectory people, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.store = store;
        this.scorer = scorer;
        this.rubrics = rubrics;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- access ---------------------------------------------------------------------------------

    /** The member's own organization (a party member's cell), if the account is bound to a party member. */
    Long ownOrganization(ChiboUser user) {
        if (user.personId() == null) {
            return null;
        }
        return people.find(user.personId()).filter(p -> p.partyStatus().isMember()).map(PersonRef::organizationId).orElse(null);
    }

    boolean mayRead(ChiboUser user, Meeting meeting) {
        if (user.canSee(meeting.orgPath())) {
            return true;
        }
        if (user.personId() == null) {
            return false;
        }
        return store.isAttendee(meeting.id(), user.personId()) || Objects.equals(ownOrganization(user), meeting.organizationId());
    }

    /** Plans and runs meetings of the organization: administrators, and officers and secretaries whose scope holds it. */
    public boolean mayManage(OrganizationRef organization) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.RUN_MEETINGS) && (user.isAdmin() || user.canSee(organization.path()));
    }

    public boolean mayManage(Meeting meeting) {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.RUN_MEETINGS) && (user.isAdmin() || user.canSee(meeting.orgPath()));
    }

    /** Records the meeting live: those who manage it, and its minute-taker. */
    public boolean mayRecord(Meeting meeting) {
        ChiboUser user = CurrentUser.get();
        return mayManage(meeting) || (user.personId() != null && user.personId().equals(meeting.minuteTakerId()));
    }

    /** An organization whose meetings the account may read: in scope, or the member's own. */
    public OrganizationRef readableOrganization(long organizationId) {
        ChiboUser user = CurrentUser.get();
        OrganizationRef organization = organizations.find(organizationId).orElseThrow(() -> new NotFoundException("Organization", organizationId));
        if (user.canSee(organization.path()) || Objects.equals(ownOrganization(user), organizationId)) {
            return organization;
        }
        throw new NotFoundException("Organization", organizationId);
    }

    public Meeting get(long id) {
        ChiboUser user = CurrentUser.get();
        return store.find(id).filter(m -> mayRead(user, m)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Meeting forRecording(long id) {
        Meeting meeting = get(id);
        if (!mayRecord(meeting)) {
            throw new ForbiddenException("record a meeting");
        }
        Meeting locked = store.lock(id).orElseThrow();
        if (!locked.status().editable()) {
            throw new BusinessRuleException(null, "meeting.error.notEditable");
        }
        return locked;
    }

    private Meeting forManaging(long id) {
        Meeting meeting = get(id);
        if (!mayManage(meeting)) {
            throw new ForbiddenException("manage a meeting");
        }
        return store.lock(id).orElseThrow();
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
        return store.itemsOf(meeting.id());
    }

    public List<ActionItem> carriedItems(Meeting meeting) {
        return store.carriedTo(meeting);
    }

    /** Open action items of an organization (for its calendar page). */
    public List<ActionItem> openItems(OrganizationRef organization) {
        return store.jdbc().sql("select " + MeetingStore.ITEM_COLUMNS + " from meeting_action_item i join meeting m on m.id = i.meeting_id"
                        + " where i.organization_id = :o and i.status in ('OPEN', 'IN_PROGRESS') order by i.due_date nulls last, i.id")
                .param("o", organization.id()).query((rs, n) -> MeetingStore.item(rs)).list();
    }

    /** The score as it stands, with the facts behind it; {@code null} for meetings the rubric does not grade or not started. */
    public record ScoreView(RubricService.Rubric rubric, RubricDefinition definition, MeetingScorer.Facts facts,
                            RubricCalculator.Result result) {
    }

    public MeetingScorer.Facts facts(Meeting meeting) {
        return scorer.facts(List.of(meeting)).get(meeting.id());
    }

    public ScoreView score(Meeting meeting) {
        Long rubricId = scorer.rubricFor(meeting);
        MeetingScorer.Facts facts = facts(meeting);
        if (rubricId == null || !meeting.status().started() || !scorer.scoredKind(meeting, rubricId)) {
            return new ScoreView(null, null, facts, null);
        }
        return new ScoreView(rubrics.get(rubricId), rubrics.definition(rubricId), facts, scorer.score(meeting, facts, rubricId));
    }

    // ---- planning -------------------------------------------------------------------------------

    public Set<MeetingKind> kindsFor(OrganizationRef organization) {
        return organization.type() == OrganizationType.CELL || organization.type() == OrganizationType.PARTY_GROUP
                ? EnumSet.allOf(MeetingKind.class) : EnumSet.of(MeetingKind.COMMITTEE, MeetingKind.EXTRAORDINARY);
    }

    /** Who a meeting of this kind invites as members on a date: party members, or for a committee meeting its members. */
    public List<Invitee> invitees(OrganizationRef organization, MeetingKind kind, LocalDate date) {
        if (kind == MeetingKind.COMMITTEE) {
            Map<Long, Invitee> byPerson = new LinkedHashMap<>();
            for (var leader : people.leadersAt(List.of(organization.id()), date)) {
                if (COMMITTEE_POSITIONS.contains(leader.position())) {
                    String status = people.find(leader.personId()).map(p -> p.partyStatus().name()).orElse("OFFICIAL");
                    byPerson.putIfAbsent(leader.personId(), new Invitee(leader.personId(), leader.fullName(), leader.sortKey(), status));
                }
            }
            return byPerson.values().stream().sorted(java.util.Comparator.comparing(Invitee::sortKey)).toList();
        }
        return people.partyMembersAt(organization.id(), date).stream()
                .map(m -> new Invitee(m.id(), m.fullName(), m.sortKey(), m.statusAt().name())).toList();
    }

    public record Invitee(long personId, String fullName, String sortKey, String partyStatus) {
    }

    /** The organization's secretary (default chair) and deputy or a committee member (default minute-taker) on a date. */
    public Long[] defaultChairAndMinuteTaker(OrganizationRef organization, LocalDate date) {
        Long chair = null;
        Long taker = null;
        for (var leader : people.leadersAt(List.of(organization.id()), date)) {
            if (leader.position() == PartyPosition.SECRETARY && chair == null) {
                chair = leader.personId();
            } else if ((leader.position() == PartyPosition.DEPUTY_SECRETARY || leader.position() == PartyPosition.COMMITTEE_MEMBER)
                    && taker == null) {
                taker = leader.personId();
            }
        }
        return new Long[] {chair, taker};
    }

    @Transactional
    public Meeting create(long organizationId, MeetingForm form) {
        ChiboUser user = CurrentUser.get();
        OrganizationRef organization = organizations.requireVisible(organizationId);
        if (!mayManage(organization)) {
            throw new ForbiddenException("plan a meeting");
        }
        if (!organization.active()) {
            throw new BusinessRuleException("organizationId", "meeting.error.organizationEnded");
        }
        Clean clean = validate(organization, form, null);
        List<Invitee> invitees = invitees(organization, clean.kind, form.date());
        checkPeople(form, invitees, List.of());
        Meeting draft = new Meeting(0, organization.id(), organization.path(), clean.kind, clean.combined,
                YearMonth.from(form.date()).toString(), clean.topic, form.date(), form.startTime(), form.endTime(), clean.place,
                form.chairId(), form.minuteTakerId(), clean.agenda, MeetingStatus.PLANNED, null, null, null, 0, 0, 0, 0, 0, 0, 0,
                false, Map.of(), null, null, null, false, null, user.getUsername(), clock.instant(), clock.instant(), 0);
        long id = store.insert(draft);
        syncInvitations(store.find(id).orElseThrow(), organization, invitees);
        Meeting meeting = store.find(id).orElseThrow();
        scorer.refresh(List.of(meeting));
        audit("CREATE", meeting, Changes.created(snapshot(meeting)));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public Meeting update(long id, MeetingForm form, long version) {
        Meeting meeting = forManaging(id);
        if (meeting.version() != version) {
            throw new ConcurrentEditException();
        }
        if (!meeting.status().editable()) {
            throw new BusinessRuleException(null, "meeting.error.notEditable");
        }
        OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
        Clean clean = validate(organization, form, meeting);
        boolean reinvite = meeting.status() == MeetingStatus.PLANNED
                && (!meeting.date().equals(form.date()) || meeting.kind() != clean.kind);
        List<Invitee> invitees = reinvite ? invitees(organization, clean.kind, form.date()) : List.of();
        checkPeople(form, reinvite ? invitees : List.of(), reinvite ? List.of() : store.attendees(id));
        Meeting changed = with(meeting, clean.kind, clean.combined, clean.topic, form.date(), form.startTime(), form.endTime(),
                clean.place, form.chairId(), form.minuteTakerId(), clean.agenda, meeting.status());
        store.update(changed, version);
        if (reinvite) {
            syncInvitations(changed, organization, invitees);
        }
        refresh(id);
        audit("UPDATE", changed, Changes.between(snapshot(meeting), snapshot(changed)));
        return store.find(id).orElseThrow();
    }

    private record Clean(MeetingKind kind, boolean combined, String topic, String place, String agenda) {
    }

    private Clean validate(OrganizationRef organization, MeetingForm form, Meeting existing) {
        if (form.kind() == null || !kindsFor(organization).contains(form.kind())) {
            throw new BusinessRuleException("kind", "meeting.error.kind");
        }
        if (form.date() == null) {
            throw new BusinessRuleException("date", "meeting.error.date");
        }
        if (form.date().isAfter(today().plusYears(1)) || form.date().isBefore(organization.validFrom())) {
            throw new BusinessRuleException("date", "meeting.error.dateRange");
        }
        if (form.startTime() == null) {
            throw new BusinessRuleException("startTime", "meeting.error.startTime");
        }
        if (form.endTime() != null && !form.endTime().isAfter(form.startTime())) {
            throw new BusinessRuleException("endTime", "meeting.error.endBeforeStart");
        }
        String topic = VietnameseText.clean(form.topic());
        String place = VietnameseText.clean(form.place());
        String agenda = cleanText(form.agenda());
        if (form.kind() == MeetingKind.THEMATIC && topic == null) {
            throw new BusinessRuleException("topic", "meeting.error.topic");
        }
        if ((topic != null && topic.length() > 500) || (place != null && place.length() > 255)
                || (agenda != null && agenda.length() > 4000)) {
            throw new BusinessRuleException(null, "meeting.error.tooLong");
        }
        if (form.kind() == MeetingKind.REGULAR) {
            String period = YearMonth.from(form.date()).toString();
            boolean taken = store.jdbc().sql("select count(*) from meeting where organization_id = :o and kind = 'REGULAR'"
                            + " and period = :p and status <> 'CANCELLED' and id <> :id")
                    .param("o", organization.id()).param("p", period).param("id", existing == null ? -1L : existing.id())
                    .query(Long.class).single() > 0;
            if (taken) {
                throw new vn.chibo.shared.web.DuplicateRecordException("date", "meeting.error.regularTaken", period);
            }
        }
        boolean combined = form.kind() == MeetingKind.REGULAR && form.combinedThematic();
        return new Clean(form.kind(), combined, topic, place, agenda);
    }

    /** Chair and minute-taker must be among those invited (the new invitation list, or the current attendees). */
    private void checkPeople(MeetingForm form, List<Invitee> invitees, List<Attendee> attendees) {
        Set<Long> allowed = new HashSet<>();
        invitees.forEach(i -> allowed.add(i.personId()));
        attendees.stream().map(Attendee::personId).filter(Objects::nonNull).forEach(allowed::add);
        if (form.chairId() != null && !allowed.contains(form.chairId())) {
            throw new BusinessRuleException("chairId", "meeting.error.notInvited");
        }
        if (form.minuteTakerId() != null && !allowed.contains(form.minuteTakerId())) {
            throw new BusinessRuleException("minuteTakerId", "meeting.error.notInvited");
        }
    }

    /**
     * Invites the organization's members at the meeting date (removing those no longer members who have nothing
     * recorded) and the superior committee members assigned to attend.
     */
    void syncInvitations(Meeting meeting, OrganizationRef organization, List<Invitee> invitees) {
        Map<Long, Attendee> existing = new HashMap<>();
        for (Attendee a : store.attendees(meeting.id())) {
            if (a.personId() != null) {
                existing.put(a.personId(), a);
            }
        }
        Set<Long> wanted = new HashSet<>();
        for (Invitee invitee : invitees) {
            wanted.add(invitee.personId());
            Attendee current = existing.get(invitee.personId());
            if (current == null) {
                store.insertAttendee(meeting.id(), invitee.personId(), invitee.fullName(), invitee.sortKey(), MeetingParts.Role.MEMBER,
                        invitee.partyStatus(), null, null, null);
            } else if (current.member() && !Objects.equals(current.partyStatus(), invitee.partyStatus())) {
                store.updateMemberStatus(current.id(), invitee.partyStatus());
            }
        }
        for (Attendee a : existing.values()) {
            if (a.member() && !wanted.contains(a.personId()) && a.attendance() == Attendance.UNKNOWN && !store.hasContributions(a.id())) {
                store.deleteAttendee(a.id());
            }
        }
        if (meeting.kind().isPartyMeeting()) {
            for (MeetingParts.Supervision s : store.supervisionsOf(organization.id(), meeting.date())) {
                if (!existing.containsKey(s.personId()) && !wanted.contains(s.personId())) {
                    String title = organizations.find(s.committeeId()).map(c -> message("meeting.guest.supervisorOf", c.name())).orElse(null);
                    store.insertAttendee(meeting.id(), s.personId(), s.personName(), VietnameseText.personSortKey(s.personName()),
                            MeetingParts.Role.GUEST, null, MeetingParts.GuestKind.SUPERVISOR, title, s.id());
                }
            }
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    // ---- status ---------------------------------------------------------------------------------

    @Transactional
    public Meeting start(long id) {
        Meeting meeting = forRecording(id);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        if (meeting.date().isAfter(today())) {
            throw new BusinessRuleException(null, "meeting.error.notYet");
        }
        return setStatus(meeting, MeetingStatus.IN_PROGRESS, meeting.endTime());
    }

    /** Ends the meeting: its end time (now when not given and the meeting is today). */
    @Transactional
    public Meeting finish(long id, LocalTime endTime) {
        Meeting meeting = forRecording(id);
        if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.IN_PROGRESS
                && meeting.status() != MeetingStatus.HELD) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        if (meeting.date().isAfter(today())) {
            throw new BusinessRuleException(null, "meeting.error.notYet");
        }
        LocalTime end = endTime != null ? endTime : meeting.endTime() != null ? meeting.endTime()
                : meeting.date().equals(today()) ? LocalTime.now(clock).withSecond(0).withNano(0) : null;
        if (end == null) {
            throw new BusinessRuleException("endTime", "meeting.error.endTimeNeeded");
        }
        if (!end.isAfter(meeting.startTime())) {
            throw new BusinessRuleException("endTime", "meeting.error.endBeforeStart");
        }
        return setStatus(meeting, MeetingStatus.HELD, end);
    }

    /** Approves the minutes: the score is frozen. Every member's attendance must be recorded. */
    @Transactional
    public Meeting close(long id) {
        Meeting meeting = forManaging(id);
        if (meeting.status() != MeetingStatus.HELD) {
            throw new BusinessRuleException(null, "meeting.error.closeNeedsHeld");
        }
        if (store.attendees(id).stream().anyMatch(a -> a.member() && a.attendance() == Attendance.UNKNOWN)) {
            throw new BusinessRuleException(null, "meeting.error.attendanceIncomplete");
        }
        refresh(id);
        return setStatus(store.find(id).orElseThrow(), MeetingStatus.CLOSED, meeting.endTime());
    }

    /** Administrators and officers reopen closed minutes to correct them. */
    @Transactional
    public Meeting reopen(long id) {
        ChiboUser user = CurrentUser.get();
        Meeting meeting = forManaging(id);
        if (!user.may(Permission.OVERSEE_MEETINGS)) {
            throw new ForbiddenException("reopen minutes");
        }
        if (meeting.status() != MeetingStatus.CLOSED) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        return setStatus(meeting, MeetingStatus.HELD, meeting.endTime());
    }

    @Transactional
    public Meeting cancel(long id) {
        Meeting meeting = forManaging(id);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(null, "meeting.error.status");
        }
        return setStatus(meeting, MeetingStatus.CANCELLED, meeting.endTime());
    }

    private Meeting setStatus(Meeting meeting, MeetingStatus status, LocalTime endTime) {
        Meeting changed = with(meeting, meeting.kind(), meeting.combinedThematic(), meeting.topic(), meeting.date(),
                meeting.startTime(), endTime, meeting.place(), meeting.chairId(), meeting.minuteTakerId(), meeting.agenda(), status);
        store.update(changed, meeting.version());
        if (status != MeetingStatus.CLOSED) {
            refresh(meeting.id());
        }
        audit("STATUS", changed, Changes.between(Map.of("status", meeting.status(), "endTime", String.valueOf(meeting.endTime())),
                Map.of("status", status, "endTime", String.valueOf(endTime))));
        return store.find(meeting.id()).orElseThrow();
    }

    /** Live entries on a planned meeting on or after its day start it. */
    private Meeting ensureStarted(Meeting meeting) {
        if (meeting.status() == MeetingStatus.PLANNED) {
            if (meeting.date().isAfter(today())) {
                throw new BusinessRuleException(null, "meeting.error.notYet");
            }
            Meeting started = with(meeting, meeting.kind(), meeting.combinedThematic(), meeting.topic(), meeting.date(),
                    meeting.startTime(), meeting.endTime(), meeting.place(), meeting.chairId(), meeting.minuteTakerId(),
                    meeting.agenda(), MeetingStatus.IN_PROGRESS);
            store.update(started, meeting.version());
            return store.find(meeting.id()).orElseThrow();
        }
        return meeting;
    }

    void refresh(long meetingId) {
        scorer.refresh(List.of(store.find(meetingId).orElseThrow()));
    }

    // ---- attendance -----------------------------------------------------------------------------

    @Transactional
    public Attendee recordAttendance(long meetingId, long attendeeId, Attendance attendance, String reason) {
        Meeting meeting = forRecording(meetingId);
        Attendee attendee = store.attendee(meetingId, attendeeId).orElseThrow(() -> new NotFoundException("Attendee", attendeeId));
        if (attendance == null || attendance == Attendance.UNKNOWN && store.hasContributions(attendeeId)) {
            throw new BusinessRuleException("attendance", "meeting.error.attendance");
        }
        String why = VietnameseText.clean(reason);
        if (attendance == Attendance.EXCUSED && why == null) {
            throw new BusinessRuleException("reason", "meeting.error.reasonNeeded");
        }
        if (why != null && why.length() > 500) {
            throw new BusinessRuleException("reason", "meeting.error.tooLong");
        }
        if (attendance != Attendance.PRESENT && attendance != Attendance.UNKNOWN && store.hasContributions(attendeeId)) {
            throw new BusinessRuleException("attendance", "meeting.error.spokeSoPresent");
        }
        if (attendance == Attendance.PRESENT || attendance == Attendance.UNEXCUSED) {
            meeting = ensureStarted(meeting);
        }
        store.setAttendance(attendeeId, attendance, attendance == Attendance.PRESENT || attendance == Attendance.UNKNOWN ? null : why);
        refresh(meetingId);
        audit("ATTENDANCE", meeting, Map.of(attendee.fullName(), new Object[] {attendee.attendance(), attendance}));
        return store.attendee(meetingId, attendeeId).orElseThrow();
    }

    /** Everyone not yet marked is present (the usual roll call: then mark the absent). */
    @Transactional
    public int markAllPresent(long meetingId) {
        Meeting meeting = ensureStarted(forRecording(meetingId));
        int marked = 0;
        for (Attendee a : store.attendees(meetingId)) {
            if (a.attendance() == Attendance.UNKNOWN) {
                store.setAttendance(a.id(), Attendance.PRESENT, null);
                marked++;
            }
        }
        refresh(meetingId);
        audit("ATTENDANCE", meeting, Map.of("presentMarked", new Object[] {null, marked}));
        return marked;
    }

    /** A guest (khách mời): a person on record (by id, visible to the account) or a name with a title. */
    @Transactional
    public Attendee addGuest(long meetingId, Long personId, String name, String title) {
        Meeting meeting = forManaging(meetingId);
        if (!meeting.status().editable()) {
            throw new BusinessRuleException(null, "meeting.error.notEditable");
        }
        String cleanTitle = VietnameseText.clean(title);
        String fullName;
        if (personId != null) {
            PersonRef person = people.requireVisible(personId);
            if (store.isAttendee(meetingId, personId)) {
                throw new BusinessRuleException("personId", "meeting.error.alreadyInvited");
            }
            fullName = person.fullName();
        } else {
            fullName = VietnameseText.clean(name);
            if (fullName == null) {
                throw new BusinessRuleException("name", "meeting.error.guestName");
            }
        }
        if (fullName.length() > 200 || (cleanTitle != null && cleanTitle.length() > 255)) {
            throw new BusinessRuleException("name", "meeting.error.tooLong");
        }
        long id = store.insertAttendee(meetingId, personId, fullName, VietnameseText.personSortKey(fullName), MeetingParts.Role.GUEST,
                null, MeetingParts.GuestKind.OTHER, cleanTitle, null);
        audit("GUEST", meeting, Map.of("guest", new Object[] {null, fullName}));
        return store.attendee(meetingId, id).orElseThrow();
    }

    // ---- contributions --------------------------------------------------------------------------

    /** One line of live entry: who, what kind, what (and whether the resolution takes it up). */
    @Transactional
    public Contribution addContribution(long meetingId, long attendeeId, ContributionKind kind, String content, boolean adopted) {
        Meeting meeting = forRecording(meetingId);
        Attendee speaker = store.attendee(meetingId, attendeeId).orElseThrow(() -> new BusinessRuleException("attendeeId",
                "meeting.error.speaker"));
        String text = cleanContribution(content);
        if (kind == null) {
            throw new BusinessRuleException("kind", "meeting.error.contributionKind");
        }
        if (speaker.attendance() == Attendance.EXCUSED || speaker.attendance() == Attendance.UNEXCUSED) {
            throw new BusinessRuleException("attendeeId", "meeting.error.speakerAbsent");
        }
        meeting = ensureStarted(meeting);
        if (speaker.attendance() == Attendance.UNKNOWN) {
            store.setAttendance(speaker.id(), Attendance.PRESENT, null);
        }
        long id = store.insertContribution(meetingId, attendeeId, kind, text, adopted, false, CurrentUser.actorName());
        refresh(meetingId);
        audit("CONTRIBUTION", meeting, Map.of(speaker.fullName(), new Object[] {null, kind + ": " + text}));
        return store.contribution(meetingId, id).orElseThrow();
    }

    /**
     * A proposal submitted before the meeting: by a member invited to it (for himself), or by whoever runs the meeting
     * for an invited person. It appears on the agenda.
     */
    @Transactional
    public Contribution submitProposal(long meetingId, Long attendeeId, String content) {
        ChiboUser user = CurrentUser.get();
        Meeting meeting = get(meetingId);
        Attendee author;
        if (attendeeId != null && mayRecord(meeting)) {
            author = store.attendee(meetingId, attendeeId).orElseThrow(() -> new BusinessRuleException("attendeeId", "meeting.error.speaker"));
        } else if (user.personId() != null) {
            author = store.attendeeByPerson(meetingId, user.personId()).orElseThrow(() -> new ForbiddenException("propose"));
        } else {
            throw new ForbiddenException("propose");
        }
        meeting = store.lock(meetingId).orElseThrow();
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new BusinessRuleException(null, "meeting.error.proposalsClosed");
        }
        String text = cleanContribution(content);
        long id = store.insertContribution(meetingId, author.id(), ContributionKind.PROPOSAL, text, false, true, user.getUsername());
        store.touch(meetingId);
        audit("PROPOSAL", meeting, Map.of(author.fullName(), new Object[] {null, text}));
        return store.contribution(meetingId, id).orElseThrow();
    }

    private static String cleanContribution(String content) {
        String text = VietnameseText.clean(content);
        if (text == null) {
            throw new BusinessRuleException("content", "meeting.error.contributionContent");
        }
        if (text.length() > 2000) {
            throw new BusinessRuleException("content", "meeting.error.tooLong");
        }
        return text;
    }

    @Transactional
    public Contribution setAdopted(long meetingId, long contributionId, boolean adopted) {
        Meeting meeting = forRecording(meetingId);
        Contribution contribution = store.contribution(meetingId, contributionId)
                .orElseThrow(() -> new NotFoundException("Contribution", contributionId));
        store.setAdopted(contributionId, adopted);
        refresh(meetingId);
        audit("CONTRIBUTION", meeting, Map.of("adopted #" + contributionId, new Object[] {contribution.adopted(), adopted}));
        return store.contribution(meetingId, contributionId).orElseThrow();
    }

    @Transactional
    public void deleteContribution(long meetingId, long contributionId) {
        Meeting meeting = forRecording(meetingId);
        Contribution contribution = store.contribution(meetingId, contributionId)
                .orElseThrow(() -> new NotFoundException("Contribution", contributionId));
        store.deleteContribution(contributionId);
        refresh(meetingId);
        audit("CONTRIBUTION_DELETE", meeting, Map.of(contribution.speakerName(), new Object[] {contribution.content(), null}));
    }

    // ---- resolution and action items ------------------------------------------------------------

    @Transactional
    public Meeting saveResolution(long meetingId, String text, Integer votesFor, Integer votesAgainst, long version) {
        Meeting meeting = forRecording(meetingId);
        if (meeting.version() != version) {
            throw new ConcurrentEditException();
        }
        String resolution = cleanText(text);
        if (resolution != null && resolution.length() > 20000) {
            throw new BusinessRuleException("resolution", "meeting.error.tooLong");
        }
        int members = meeting.invitedMembers();
        if ((votesFor != null && (votesFor < 0 || votesFor > members)) || (votesAgainst != null && (votesAgainst < 0
                || votesAgainst > members)) || (votesFor != null && votesAgainst != null && votesFor + votesAgainst > members)) {
            throw new BusinessRuleException("votesFor", "meeting.error.votes", members);
        }
        meeting = ensureStarted(meeting);
        Meeting changed = new Meeting(meeting.id(), meeting.organizationId(), meeting.orgPath(), meeting.kind(),
                meeting.combinedThematic(), meeting.period(), meeting.topic(), meeting.date(), meeting.startTime(), meeting.endTime(),
                meeting.place(), meeting.chairId(), meeting.minuteTakerId(), meeting.agenda(), meeting.status(), resolution, votesFor,
                votesAgainst, meeting.officialCount(), meeting.probationaryCount(), meeting.presentCount(), meeting.excusedCount(),
                meeting.unexcusedCount(), meeting.speakerCount(), meeting.contributionCount(), meeting.supervisorPresent(),
                meeting.manualScores(), meeting.rubricId(), meeting.score(), meeting.grade(), meeting.flat(), meeting.scoreDetail(),
                meeting.createdBy(), meeting.createdAt(), meeting.updatedAt(), meeting.version());
        store.update(changed, meeting.version());
        refresh(meetingId);
        audit("RESOLUTION", changed, Changes.between(Map.of("votesFor", String.valueOf(meeting.votesFor())),
                Map.of("votesFor", String.valueOf(votesFor), "resolution", resolution == null ? "" : abbreviate(resolution))));
        return store.find(meetingId).orElseThrow();
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

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    @Transactional
    public ActionItem addItem(long meetingId, String content, Long assigneeId, LocalDate dueDate) {
        Meeting meeting = forRecording(meetingId);
        String text = VietnameseText.clean(content);
        if (text == null) {
            throw new BusinessRuleException("content", "meeting.error.itemContent");
        }
        if (text.length() > 1000) {
            throw new BusinessRuleException("content", "meeting.error.tooLong");
        }
        String assigneeName = null;
        if (assigneeId != null) {
            assigneeName = store.attendeeByPerson(meetingId, assigneeId).map(Attendee::fullName)
                    .orElseThrow(() -> new BusinessRuleException("assigneeId", "meeting.error.assignee"));
        }
        if (dueDate != null && dueDate.isBefore(meeting.date())) {
            throw new BusinessRuleException("dueDate", "meeting.error.dueBeforeMeeting");
        }
        meeting = ensureStarted(meeting);
        long id = store.insertItem(meeting, text, assigneeId, assigneeName, dueDate);
        refresh(meetingId);
        audit("ACTION_ITEM", meeting, Map.of("item", new Object[] {null, text}));
        return store.item(id).orElseThrow();
    }

    @Transactional
    public void deleteItem(long meetingId, long itemId) {
        Meeting meeting = forRecording(meetingId);
        ActionItem item = store.item(itemId).filter(i -> i.meetingId() == meetingId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        store.deleteItem(itemId);
        refresh(meetingId);
        audit("ACTION_ITEM_DELETE", meeting, Map.of("item", new Object[] {item.content(), null}));
    }

    /**
     * Progress of an item, reported at a meeting where it is set or carried: closing it dates it on that meeting's day
     * (or today when reported at the meeting that set it, or when a later date is given).
     */
    @Transactional
    public ActionItem updateItem(long meetingId, long itemId, ItemStatus status, String note, LocalDate closedOn, long version) {
        Meeting meeting = get(meetingId);
        if (!mayRecord(meeting)) {
            throw new ForbiddenException("update an action item");
        }
        ActionItem item = store.item(itemId).orElseThrow(() -> new NotFoundException("ActionItem", itemId));
        boolean own = item.meetingId() == meetingId;
        if (!own && store.carriedTo(meeting).stream().noneMatch(i -> i.id() == itemId)) {
            throw new NotFoundException("ActionItem", itemId);
        }
        if (status == null) {
            throw new BusinessRuleException("status", "meeting.error.itemStatus");
        }
        String cleanNote = VietnameseText.clean(note);
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw new BusinessRuleException("note", "meeting.error.tooLong");
        }
        LocalDate closed = null;
        if (status.closed()) {
            closed = closedOn != null ? closedOn : own || meeting.date().isAfter(today()) ? today() : meeting.date();
            if (closed.isBefore(item.meetingDate()) || closed.isAfter(today())) {
                throw new BusinessRuleException("closedOn", "meeting.error.closedOn");
            }
        }
        store.updateItem(itemId, status, closed, cleanNote, version);
        for (Long open : store.openMeetingsAfter(item.organizationId(), item.meetingDate())) {
            refresh(open);
        }
        audit("ACTION_ITEM", meeting, Map.of(item.content(), new Object[] {item.status(), status}));
        return store.item(itemId).orElseThrow();
    }

    // ---- manual scores --------------------------------------------------------------------------

    /** Points for the rubric's manual items ('' leaves an item unscored); comma or point as the decimal mark. */
    @Transactional
    public Meeting saveManualScores(long meetingId, Map<String, String> values, long version) {
        Meeting meeting = forRecording(meetingId);
        if (meeting.version() != version) {
            throw new ConcurrentEditException();
        }
        Long rubricId = scorer.rubricFor(meeting);
        if (rubricId == null || !scorer.scoredKind(meeting, rubricId)) {
            throw new BusinessRuleException(null, "meeting.error.notScored");
        }
        RubricDefinition definition = rubrics.definition(rubricId);
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (RubricDefinition.Item item : definition.manualItems()) {
            String raw = VietnameseText.clean(values.get(item.code()));
            if (raw == null) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(raw.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException(item.code(), "meeting.error.points", item.nameVi(), item.maxPoints().toPlainString());
            }
            if (value.signum() < 0 || value.compareTo(item.maxPoints()) > 0 || value.scale() > 2) {
                throw new BusinessRuleException(item.code(), "meeting.error.points", item.nameVi(), item.maxPoints().toPlainString());
            }
            points.put(item.code(), value.stripTrailingZeros());
        }
        meeting = ensureStarted(meeting);
        Meeting changed = new Meeting(meeting.id(), meeting.organizationId(), meeting.orgPath(), meeting.kind(),
                meeting.combinedThematic(), meeting.period(), meeting.topic(), meeting.date(), meeting.startTime(), meeting.endTime(),
                meeting.place(), meeting.chairId(), meeting.minuteTakerId(), meeting.agenda(), meeting.status(), meeting.resolution(),
                meeting.votesFor(), meeting.votesAgainst(), meeting.officialCount(), meeting.probationaryCount(), meeting.presentCount(),
                meeting.excusedCount(), meeting.unexcusedCount(), meeting.speakerCount(), meeting.contributionCount(),
                meeting.supervisorPresent(), points, meeting.rubricId(), meeting.score(), meeting.grade(), meeting.flat(),
                meeting.scoreDetail(), meeting.createdBy(), meeting.createdAt(), meeting.updatedAt(), meeting.version());
        store.update(changed, meeting.version());
        refresh(meetingId);
        audit("SCORE", changed, Changes.between(Map.of("manual", String.valueOf(meeting.manualScores())),
                Map.of("manual", String.valueOf(points))));
        return store.find(meetingId).orElseThrow();
    }

    // ---- helpers --------------------------------------------------------------------------------

    static Meeting with(Meeting m, MeetingKind kind, boolean combined, String topic, LocalDate date, LocalTime start, LocalTime end,
                        String place, Long chair, Long taker, String agenda, MeetingStatus status) {
        return new Meeting(m.id(), m.organizationId(), m.orgPath(), kind, combined, YearMonth.from(date).toString(), topic, date, start,
                end, place, chair, taker, agenda, status, m.resolution(), m.votesFor(), m.votesAgainst(), m.officialCount(),
                m.probationaryCount(), m.presentCount(), m.excusedCount(), m.unexcusedCount(), m.speakerCount(),
                m.contributionCount(), m.supervisorPresent(), m.manualScores(), m.rubricId(), m.score(), m.grade(), m.flat(),
                m.scoreDetail(), m.createdBy(), m.createdAt(), m.updatedAt(), m.version());
    }

    private static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", m.kind());
        values.put("combinedThematic", m.combinedThematic());
        values.put("topic", m.topic());
        values.put("date", m.date());
        values.put("startTime", m.startTime());
        values.put("endTime", m.endTime());
        values.put("place", m.place());
        values.put("chairId", m.chairId());
        values.put("minuteTakerId", m.minuteTakerId());
        values.put("agenda", m.agenda() == null ? null : abbreviate(m.agenda()));
        values.put("status", m.status());
        return values;
    }

    void audit(String action, Meeting meeting, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, meeting.id(), meeting.orgPath(),
                meeting.kind() + " " + meeting.date(), changes));
    }

    /** People on the meeting's list who may be picked as chair, minute-taker or assignee. */
    public List<Attendee> people(Meeting meeting) {
        return store.attendees(meeting.id()).stream().filter(a -> a.personId() != null).toList();
    }
}
