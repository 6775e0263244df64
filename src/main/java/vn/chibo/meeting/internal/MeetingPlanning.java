package vn.chibo.meeting.internal;

import static vn.chibo.meeting.internal.MeetingAudit.snapshot;
import static vn.chibo.meeting.internal.MeetingAudit.with;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
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
import org.springframework.stereotype.Component;
import vn.chibo.meeting.internal.MeetingParts.Attendee;
import vn.chibo.meeting.internal.MeetingService.Invitee;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.ForbiddenException;

/** Planning a meeting: its kind, date and people, and the invitations that follow from them. */
@Component
class MeetingPlanning {

    private final MeetingStore store;
    private final SupervisionStore supervisions;
    private final MeetingScorer scorer;
    private final MeetingAccess access;
    private final MeetingProgress progress;
    private final MeetingAudit audit;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingPlanning(MeetingStore store, SupervisionStore supervisions, MeetingScorer scorer, MeetingAccess access,
                    MeetingProgress progress, MeetingAudit audit, OrganizationDirectory organizations, PersonDirectory people, MessageSource messages, Clock clock,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.supervisions = supervisions;
        this.scorer = scorer;
        this.access = access;
        this.progress = progress;
        this.audit = audit;
        this.organizations = organizations;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    Set<MeetingKind> kindsFor(OrganizationRef organization) {
        return organization.type() == OrganizationType.CELL || organization.type() == OrganizationType.PARTY_GROUP
                ? EnumSet.allOf(MeetingKind.class) : EnumSet.of(MeetingKind.COMMITTEE, MeetingKind.EXTRAORDINARY);
    }

    /** Who a meeting of this kind invites as members on a date: party members, or for a committee meeting its members. */
    List<Invitee> invitees(OrganizationRef organization, MeetingKind kind, LocalDate date) {
        if (kind == MeetingKind.COMMITTEE) {
            Map<Long, Invitee> byPerson = new LinkedHashMap<>();
            for (var leader : people.leadersAt(List.of(organization.id()), date)) {
                if (MeetingService.COMMITTEE_POSITIONS.contains(leader.position())) {
                    String status = people.find(leader.personId()).map(p -> p.partyStatus().name()).orElse("OFFICIAL");
                    byPerson.putIfAbsent(leader.personId(), new Invitee(leader.personId(), leader.fullName(), leader.sortKey(), status));
                }
            }
            return byPerson.values().stream().sorted(Comparator.comparing(Invitee::sortKey)).toList();
        }
        return people.partyMembersAt(organization.id(), date).stream()
                .map(m -> new Invitee(m.id(), m.fullName(), m.sortKey(), m.statusAt().name())).toList();
    }

    /** The organization's secretary (default chair) and deputy or a committee member (default minute-taker) on a date. */
    Long[] defaultChairAndMinuteTaker(OrganizationRef organization, LocalDate date) {
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

    Meeting create(long organizationId, MeetingForm form) {
        ChiboUser user = CurrentUser.get();
        OrganizationRef organization = organizations.requireVisible(organizationId);
        if (!access.mayManage(organization)) {
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
        audit.record("CREATE", meeting, Changes.created(snapshot(meeting)));
        return store.find(id).orElseThrow();
    }

    Meeting update(long id, MeetingForm form, long version) {
        Meeting meeting = access.forManaging(id);
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
        progress.refresh(id);
        audit.record("UPDATE", changed, Changes.between(snapshot(meeting), snapshot(changed)));
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
        if (form.date().isAfter(LocalDate.now(clock).plusYears(1)) || form.date().isBefore(organization.validFrom())) {
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
        String agenda = MeetingService.cleanText(form.agenda());
        if (form.kind() == MeetingKind.THEMATIC && topic == null) {
            throw new BusinessRuleException("topic", "meeting.error.topic");
        }
        if ((topic != null && topic.length() > 500) || (place != null && place.length() > 255)
                || (agenda != null && agenda.length() > 4000)) {
            throw new BusinessRuleException(null, "meeting.error.tooLong");
        }
        if (form.kind() == MeetingKind.REGULAR) {
            String period = YearMonth.from(form.date()).toString();
            java.util.Optional<Long> taken = store.jdbc().sql("select id from meeting where organization_id = :o and kind = 'REGULAR'"
                            + " and period = :p and status <> 'CANCELLED' and id <> :id")
                    .param("o", organization.id()).param("p", period).param("id", existing == null ? -1L : existing.id())
                    .query(Long.class).optional();
            if (taken.isPresent()) {
                throw new DuplicateRecordException("date", "meeting.error.regularTaken",
                        vn.chibo.shared.web.DateInput.print(YearMonth.from(form.date()))).withLink("/meetings/" + taken.get());
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
    private void syncInvitations(Meeting meeting, OrganizationRef organization, List<Invitee> invitees) {
        Map<Long, Attendee> existing = new HashMap<>();
        for (Attendee a : store.attendees(meeting.id())) {
            if (a.personId() != null) {
                existing.put(a.personId(), a);
            }
        }
        Set<Long> wanted = new HashSet<>();
        List<Long> invited = new java.util.ArrayList<>();
        for (Invitee invitee : invitees) {
            wanted.add(invitee.personId());
            Attendee current = existing.get(invitee.personId());
            if (current == null) {
                invited.add(invitee.personId());
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
            for (MeetingParts.Supervision s : supervisions.supervisionsOf(organization.id(), meeting.date())) {
                if (!existing.containsKey(s.personId()) && !wanted.contains(s.personId())) {
                    String title = organizations.find(s.committeeId()).map(c -> message("meeting.guest.supervisorOf", c.name())).orElse(null);
                    store.insertAttendee(meeting.id(), s.personId(), s.personName(), VietnameseText.personSortKey(s.personName()),
                            MeetingParts.Role.GUEST, null, MeetingParts.GuestKind.SUPERVISOR, title, s.id());
                    invited.add(s.personId());
                }
            }
        }
        Long by = CurrentUser.find().map(ChiboUser::personId).orElse(null);
        invited.removeIf(p -> p.equals(by));
        if (!invited.isEmpty()) {
            events.publishEvent(new vn.chibo.meeting.MeetingInvited(meeting.id(), meeting.orgPath(), meeting.kind().name(),
                    meeting.date(), meeting.startTime(), meeting.place(), List.copyOf(invited)));
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
