package vn.chibo.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;

/** For every page: the signed-in user in the model; domain errors not handled by a form shown as a friendly page. */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class PageAdvice {

    @ModelAttribute("me")
    ChiboUser me() {
        return CurrentUser.find().orElse(null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("errorKey", "error.concurrentEdit");
        model.addAttribute("status", 409);
        return "error";
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String dataConflict(Model model) {
        model.addAttribute("errorKey", "error.dataConflict");
        model.addAttribute("status", 409);
        return "error";
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String uploadTooLarge(Model model) {
        model.addAttribute("errorKey", "error.uploadTooLarge");
        model.addAttribute("status", 413);
        return "error";
    }

    /** A year, month or day out of range typed into a URL or form (year=2147483647): bad input, not a fault. */
    @ExceptionHandler(java.time.DateTimeException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String impossibleDate(Model model) {
        model.addAttribute("errorKey", "error.badRequest.date");
        model.addAttribute("status", 400);
        return "error";
    }

    @ExceptionHandler(DuplicateRecordException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String duplicate(DuplicateRecordException e, Model model) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        model.addAttribute("status", 409);
        return "error";
    }

    @ExceptionHandler(BusinessRuleException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rule(BusinessRuleException e, Model model) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        model.addAttribute("status", 422);
        return "error";
    }
}
