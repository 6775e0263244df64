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
        return errorPage(model, HttpStatus.CONFLICT, "error.concurrentEdit", null);
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String dataConflict(Model model) {
        return errorPage(model, HttpStatus.CONFLICT, "error.dataConflict", null);
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String uploadTooLarge(Model model) {
        return errorPage(model, HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge", null);
    }

    /** A year, month or day out of range typed into a URL or form (year=2147483647): bad input, not a fault. */
    @ExceptionHandler(java.time.DateTimeException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String impossibleDate(Model model) {
        return errorPage(model, HttpStatus.BAD_REQUEST, "error.badRequest.date", null);
    }

    /** The same record twice (a double submission): 409, with the rule's own message. */
    @ExceptionHandler(DuplicateRecordException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String duplicate(DuplicateRecordException e, Model model) {
        return errorPage(model, HttpStatus.CONFLICT, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(BusinessRuleException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rule(BusinessRuleException e, Model model) {
        model.addAttribute("errorProblems", e.problems());
        return errorPage(model, HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments());
    }

    private static String errorPage(Model model, HttpStatus status, String messageKey, Object[] arguments) {
        model.addAttribute("errorKey", messageKey);
        if (arguments != null) {
            model.addAttribute("errorArgs", arguments);
        }
        model.addAttribute("status", status.value());
        return "error";
    }
}
