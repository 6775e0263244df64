package vn.chibo.meeting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.internal.ItemStatus;
import vn.chibo.meeting.internal.Meeting;
import vn.chibo.meeting.internal.MeetingService;
import vn.chibo.shared.web.FlashMessages;

import static vn.chibo.meeting.web.MeetingParams.parseDate;
import static vn.chibo.meeting.web.MeetingParams.parseInt;
import static vn.chibo.meeting.web.MeetingParams.parseLong;
import static vn.chibo.meeting.web.MeetingParams.parseTime;

/** The meeting page before, during and after, its status changes, and the resolution, items and scores on it. */
@Controller
class MeetingPageController {

    private final MeetingService meetings;
    private final MeetingPageModel page;

    MeetingPageController(MeetingService meetings, MeetingPageModel page) {
        this.meetings = meetings;
        this.page = page;
    }

    @GetMapping("/meetings/{id}")
    String detail(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        page.fill(meeting, model);
        return "meeting/detail";
    }

    @GetMapping("/meetings/{id}/live")
    String live(@PathVariable long id, Model model) {
        Meeting meeting = meetings.get(id);
        page.fill(meeting, model);
        return "meeting/live";
    }

    // ---- status ---------------------------------------------------------------------------------

    @PostMapping("/meetings/{id}/start")
    String begin(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.started", () -> meetings.start(id));
        return "redirect:/meetings/" + id + "/live";
    }

    @PostMapping("/meetings/{id}/finish")
    String finish(@PathVariable long id, @RequestParam(required = false) String endTime, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.finished", () -> meetings.finish(id, parseTime(endTime, "endTime")));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.closed", () -> meetings.close(id));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.reopened", () -> meetings.reopen(id));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.cancelled", () -> meetings.cancel(id));
        return "redirect:/meetings/" + id;
    }

    // ---- resolution, items, scores --------------------------------------------------------------

    @PostMapping("/meetings/{id}/resolution")
    String resolution(@PathVariable long id, @RequestParam(required = false) String resolution,
                      @RequestParam(required = false) String votesFor, @RequestParam(required = false) String votesAgainst,
                      @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.resolution.saved", () -> meetings.saveResolution(id, resolution,
                parseInt(votesFor, "votesFor"), parseInt(votesAgainst, "votesAgainst"), version));
        return "redirect:/meetings/" + id + "#resolution";
    }

    @PostMapping("/meetings/{id}/items")
    String addItem(@PathVariable long id, @RequestParam(required = false) String content, @RequestParam(required = false) String assigneeId,
                   @RequestParam(required = false) String dueDate, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.item.added", () -> meetings.addItem(id, content, parseLong(assigneeId, null),
                parseDate(dueDate, null)));
        return "redirect:/meetings/" + id + "#resolution";
    }

    @PostMapping("/meetings/{id}/items/{itemId}")
    String updateItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String note, @RequestParam(defaultValue = "-1") long version,
                      @RequestParam(required = false) String section, RedirectAttributes redirect) {
        ItemStatus value;
        try {
            value = status == null ? null : ItemStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        ItemStatus chosen = value;
        FlashMessages.perform(redirect, "meeting.item.saved", () -> meetings.updateItem(id, itemId, chosen, note, null, version));
        return "redirect:/meetings/" + id + "#" + ("agenda".equals(section) ? "agenda" : "resolution");
    }

    @PostMapping("/meetings/{id}/items/{itemId}/delete")
    String deleteItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.item.deleted", () -> meetings.deleteItem(id, itemId));
        return "redirect:/meetings/" + id + "#resolution";
    }

    @PostMapping("/meetings/{id}/scores")
    String scores(@PathVariable long id, @ModelAttribute ScoresForm form, RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "meeting.score.saved",
                () -> meetings.saveManualScores(id, form.getValues(), form.getVersion()));
        return "redirect:/meetings/" + id + "#score";
    }
}
