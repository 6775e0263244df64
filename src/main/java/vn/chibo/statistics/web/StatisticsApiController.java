package vn.chibo.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import vn.chibo.shared.web.PeriodInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.internal.ReviewFiguresService;

/** The review figures as JSON (a contract other tools rely on: keep the names) and period locks. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "Số liệu sơ kết, tổng kết; chốt số liệu")
class StatisticsApiController {

    record LockRequest(Long organization, String from, String to) {
    }

    record UnlockRequest(String reason) {
    }

    private final ReviewFiguresService reviews;
    private final MessageSource messages;

    StatisticsApiController(ReviewFiguresService reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping("/review")
    @Operation(summary = "Figures of an organization's subtree for a period (both days included), by sub-organization and year")
    Review review(@RequestParam long organization, @RequestParam String from, @RequestParam String to) {
        return reviews.review(organization, period(from, to));
    }

    @PostMapping("/locks")
    @Operation(summary = "Lock (chốt) the figures of an organization and period: later reviews answer from the snapshot")
    ResponseEntity<Review.Lock> lock(@RequestBody LockRequest request) {
        if (request == null || request.organization() == null) {
            throw new BusinessRuleException("organization", "statistics.error.organizationRequired");
        }
        Review.Lock lock = reviews.lock(request.organization(), period(request.from(), request.to()));
        return ResponseEntity.created(URI.create("/api/v1/statistics/locks/" + lock.id())).body(lock);
    }

    @PostMapping("/locks/{id}/unlock")
    @Operation(summary = "Unlock a period (administrators only, with a reason)")
    ResponseEntity<Void> unlock(@PathVariable long id, @RequestBody UnlockRequest request) {
        reviews.unlock(id, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/locks/{id}")
    @Operation(summary = "Unlock a period (administrators only, with a reason as the 'reason' parameter)")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) String reason) {
        reviews.unlock(id, reason);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(PeriodInput.BadPeriod.class)
    ProblemDetail badPeriod(PeriodInput.BadPeriod e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.key(), new Object[] {e.value()}, locale));
        problem.setTitle(messages.getMessage("error.badRequest", null, locale));
        return problem;
    }

    private static vn.chibo.statistics.ReviewPeriod period(String from, String to) {
        PeriodInput.Days days = PeriodInput.iso(from, to);
        return new vn.chibo.statistics.ReviewPeriod(days.from(), days.to());
    }
}
