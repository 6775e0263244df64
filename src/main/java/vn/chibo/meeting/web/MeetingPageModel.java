package vn.chibo.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chibo.meeting.internal.ContributionKind;
import vn.chibo.meeting.internal.ItemStatus;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingAccess;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.meeting.internal.MeetingStatus;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;

/** What the meeting page (before, during, after) and its HTMX live-entry fragments show. */
@Component
class MeetingPageModel {

    private final MeetingService meetings;
    private final MaterialService materials;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    MeetingPageModel(MeetingService meetings, MaterialService materials, OrganizationDirectory organizations, Clock clock) {
        this.meetings = meetings;
        this.materials = materials;
        this.organizations = organizations;
        this.clock = clock;
    }


    void fill(Meeting meeting, Model model) {
        ChiboUser user = CurrentUser.get();
        OrganizationRef organization = organizations.find(meeting.organizationId()).orElseThrow();
        var attendees = meetings.attendees(meeting);
        model.addAttribute("meeting", meeting);
        model.addAttribute("organization", organization);
        model.addAttribute("inScope", user.canSee(organization.path()));
        model.addAttribute("attendees", attendees);
        model.addAttribute("members", attendees.stream().filter(MeetingParts.Attendee::member).toList());
        model.addAttribute("guests", attendees.stream().filter(a -> !a.member()).toList());
        var contributions = meetings.contributions(meeting);
        model.addAttribute("contributions", contributions);
        List<MeetingParts.Contribution> newestFirst = new ArrayList<>(contributions);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("contributionsNewestFirst", newestFirst);
        model.addAttribute("proposals", contributions.stream().filter(MeetingParts.Contribution::beforeMeeting).toList());
        model.addAttribute("items", meetings.items(meeting));
        model.addAttribute("carried", meetings.carriedItems(meeting));
        model.addAttribute("materials", materials.list(meeting));
        var score = meetings.score(meeting);
        model.addAttribute("score", score);
        model.addAttribute("facts", score.facts());
        model.addAttribute("mayManage", MeetingAccess.mayManage(user, meeting.orgPath()));
        model.addAttribute("mayRecord", MeetingAccess.mayRecord(user, meeting) && meeting.status().editable());
        model.addAttribute("mayReopen", meeting.status() == MeetingStatus.CLOSED && MeetingAccess.mayReopenMinutes(user)
                && MeetingAccess.mayManage(user, meeting.orgPath()));
        model.addAttribute("myAttendee", user.personId() == null ? null : attendees.stream()
                .filter(a -> user.personId().equals(a.personId())).findFirst().orElse(null));
        model.addAttribute("names", attendees.stream().filter(a -> a.personId() != null)
                .collect(java.util.stream.Collectors.toMap(MeetingParts.Attendee::personId, MeetingParts.Attendee::fullName, (a, b) -> a)));
        model.addAttribute("kinds", ContributionKind.values());
        model.addAttribute("itemStatuses", ItemStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("leadHours", MaterialService.LEAD_HOURS);
    }
}
