package vn.chibo.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meeting.internal.MaterialService;
import vn.chibo.meeting.internal.MeetingParts;
import vn.chibo.meeting.internal.MinutesDocuments;
import vn.chibo.shared.web.FlashMessages;

import static vn.chibo.meeting.web.MeetingParams.send;

/** A meeting's materials (attach, download) and its minutes as DOCX and PDF. */
@Controller
class MeetingFilesController {

    private final MaterialService materials;
    private final MinutesDocuments minutes;

    MeetingFilesController(MaterialService materials, MinutesDocuments minutes) {
        this.materials = materials;
        this.minutes = minutes;
    }

    @PostMapping("/meetings/{id}/materials")
    String attach(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String purpose,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        MeetingParts.MaterialPurpose chosen = "RECORD".equals(purpose) ? MeetingParts.MaterialPurpose.RECORD
                : MeetingParts.MaterialPurpose.PREPARATION;
        FlashMessages.perform(redirect, "meeting.material.attached", () -> materials.attach(id, chosen, title, name, content));
        return "redirect:/meetings/" + id + "#materials";
    }

    @GetMapping("/meetings/{id}/materials/{materialId}")
    void download(@PathVariable long id, @PathVariable long materialId, HttpServletResponse response) throws IOException {
        MeetingParts.MaterialFile file = materials.download(id, materialId);
        send(response, file.filename(), file.contentType(), file.content());
    }

    @GetMapping("/meetings/{id}/minutes.docx")
    void minutesDocx(@PathVariable long id, HttpServletResponse response) throws IOException {
        send(response, minutes.filename(id) + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", minutes.docx(id));
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    void minutesPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        send(response, minutes.filename(id) + ".pdf", "application/pdf", minutes.pdf(id));
    }
}
