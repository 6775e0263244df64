package vn.chibo.meeting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.internal.Attendance;
import vn.chibo.meeting.internal.ContributionKind;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FlashMessages;

import static vn.chibo.meeting.web.MeetingParams.parseLong;

/**
 * Live entry on the meeting page: attendance, guests, contributions and proposals, as HTMX fragments (quick on a
 * phone) or plain posts without JavaScript.
 */
@Controller
class LiveEntryController {

    private final MeetingService meetings;
    private final MeetingPageModel page;

    LiveEntryController(MeetingService meetings, MeetingPageModel page) {
        this.meetings = meetings;
        this.page = page;
    }

    @PostMapping("/meetings/{id}/attendance/{attendeeId}")
    String attendance(@PathVariable long id, @PathVariable long attendeeId, @RequestParam(required = false) String attendance,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Attendance value;
        try {
            value = attendance == null ? null : Attendance.valueOf(attendance);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        Attendance chosen = value;
        if (htmx != null) {
            try {
                meetings.recordAttendance(id, attendeeId, chosen, reason);
            } catch (BusinessRuleException e) {
                model.addAttribute("rowError", e);
                model.addAttribute("rowErrorFor", attendeeId);
            }
            page.fill(meetings.get(id), model);
            return "meeting/fragments :: attendanceResponse";
        }
        FlashMessages.perform(redirect, "meeting.attendance.saved", () -> meetings.recordAttendance(id, attendeeId, chosen, reason));
        return "redirect:/meetings/" + id + ("live".equals(back) ? "/live" : "") + "#attendance";
    }

    @PostMapping("/meetings/{id}/attendance")
    String allPresent(@PathVariable long id, @RequestParam(required = false) String back,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            meetings.markAllPresent(id);
            page.fill(meetings.get(id), model);
            return "meeting/fragments :: attendanceResponse";
        }
        FlashMessages.perform(redirect, "meeting.attendance.saved", () -> meetings.markAllPresent(id));
        return "redirect:/meetings/" + id + ("live".equals(back) ? "/live" : "") + "#attendance";
    }

    @PostMapping("/meetings/{id}/guests")
    String addGuest(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) String title,
                    RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.guest.added", () -> meetings.addGuest(id, null, name, title));
        return "redirect:/meetings/" + id + "#attendance";
    }

    @PostMapping("/meetings/{id}/contributions")
    String contribute(@PathVariable long id, @RequestParam(required = false) String attendeeId,
                      @RequestParam(required = false) String kind, @RequestParam(required = false) String content,
                      @RequestParam(required = false) String adopted, @RequestParam(required = false) String back,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        Long speaker = parseLong(attendeeId, -1L);
        ContributionKind contributionKind;
        try {
            contributionKind = kind == null ? null : ContributionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            contributionKind = null;
        }
        ContributionKind chosen = contributionKind;
        boolean isAdopted = "true".equals(adopted) || "on".equals(adopted);
        if (htmx != null) {
            try {
                meetings.addContribution(id, speaker, chosen, content, isAdopted);
                model.addAttribute("lastKind", chosen);
            } catch (BusinessRuleException e) {
                model.addAttribute("contributionError", e);
                model.addAttribute("draft", content);
                model.addAttribute("draftSpeaker", speaker);
                model.addAttribute("lastKind", chosen);
            }
            page.fill(meetings.get(id), model);
            return "meeting/fragments :: contributionsResponse";
        }
        FlashMessages.perform(redirect, "meeting.contribution.added",
                () -> meetings.addContribution(id, speaker, chosen, content, isAdopted));
        return "redirect:/meetings/" + id + ("live".equals(back) ? "/live" : "") + "#contributions";
    }

    @PostMapping("/meetings/{id}/contributions/{contributionId}/adopted")
    String adopted(@PathVariable long id, @PathVariable long contributionId, @RequestParam(defaultValue = "false") boolean adopted,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            meetings.setAdopted(id, contributionId, adopted);
            page.fill(meetings.get(id), model);
            return "meeting/fragments :: contributionsResponse";
        }
        FlashMessages.perform(redirect, "meeting.contribution.saved", () -> meetings.setAdopted(id, contributionId, adopted));
        return "redirect:/meetings/" + id + "#contributions";
    }

    @PostMapping("/meetings/{id}/contributions/{contributionId}/delete")
    String deleteContribution(@PathVariable long id, @PathVariable long contributionId,
                              @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                              RedirectAttributes redirect) {
        if (htmx != null) {
            meetings.deleteContribution(id, contributionId);
            page.fill(meetings.get(id), model);
            return "meeting/fragments :: contributionsResponse";
        }
        FlashMessages.perform(redirect, "meeting.contribution.deleted", () -> meetings.deleteContribution(id, contributionId));
        return "redirect:/meetings/" + id + "#contributions";
    }

    @PostMapping("/meetings/{id}/proposals")
    String propose(@PathVariable long id, @RequestParam(required = false) String attendeeId,
                   @RequestParam(required = false) String content, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.proposal.submitted",
                () -> meetings.submitProposal(id, parseLong(attendeeId, null), content));
        return "redirect:/meetings/" + id + "#agenda";
    }
}
