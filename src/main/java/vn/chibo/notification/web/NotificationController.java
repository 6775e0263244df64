package vn.chibo.notification.web;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.notification.internal.NotificationKind;
import vn.chibo.notification.internal.NotificationService;
import vn.chibo.shared.web.FlashMessages;

/** The bell (an HTMX fragment in the navigation), the list of one's own notifications, and the e-mail choices. */
@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", notifications.unreadCount());
        return "notification/bell :: bell";
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean unread, Model model) {
        model.addAttribute("hasPerson", notifications.hasPerson());
        model.addAttribute("notifications", notifications.page(page, unread));
        return "notification/list";
    }

    /** Opening a notification marks it read and goes to the record it is about. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        return "redirect:" + notifications.open(id);
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "false") boolean unread) {
        notifications.markRead(id);
        return "redirect:/notifications?page=" + page + "&unread=" + unread;
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        FlashMessages.perform(redirect, "notification.allRead", notifications::markAllRead);
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        model.addAttribute("choices", notifications.choices());
        model.addAttribute("kinds", NotificationKind.values());
        return "notification/settings";
    }

    @PostMapping("/notifications/settings")
    String saveSettings(@RequestParam(required = false) String email, @RequestParam(required = false) Set<NotificationKind> kinds,
                        @RequestParam long version, RedirectAttributes redirect) {
        boolean saved = FlashMessages.perform(redirect, "notification.settings.saved",
                () -> notifications.saveChoices(email, kinds, version));
        return saved ? "redirect:/notifications" : "redirect:/notifications/settings";
    }
}
