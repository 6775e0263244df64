package vn.chibo.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/** RFC 9457 problem details for the REST API, with titles and details in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final ProblemText problemText;

    ApiProblemHandler(MessageSource messages, ProblemText problemText) {
        this.messages = messages;
        this.problemText = problemText;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.detail");
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", "error.forbidden.detail");
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail optimisticLock() {
        return problem(HttpStatus.CONFLICT, "error.conflict", "error.concurrentEdit");
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail dataConflict() {
        return problem(HttpStatus.CONFLICT, "error.conflict", "error.dataConflict");
    }

    /** A year, month or day out of range in a parameter: bad input, not a fault. */
    @ExceptionHandler(java.time.DateTimeException.class)
    ProblemDetail impossibleDate() {
        return problem(HttpStatus.BAD_REQUEST, "error.badRequest", "error.badRequest.date");
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = e instanceof ConcurrentEditException || e instanceof DuplicateRecordException
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        problem.setTitle(messages.getMessage(status == HttpStatus.CONFLICT ? "error.conflict" : "error.rule", null, locale));
        problem.setType(URI.create("urn:chibo:" + e.messageKey()));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e.link() != null) {
            problem.setProperty("link", e.link());
        }
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", problemText.of(e.problems()));
        }
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation", "error.validation.detail");
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    /** An unreadable body: which field and what was expected, never the parser's own words or Java class names. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.badRequest", "error.badRequest.body");
        if (ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String field = bad.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
            String expected = messages.getMessage(expectedKey(bad), null, locale);
            problem.setDetail(messages.getMessage("error.badRequest.field", new Object[] {field, expected}, locale));
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String expectedKey(DatabindException bad) {
        Class<?> target = bad instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "error.badRequest.field.type";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "error.badRequest.field.date";
        }
        if (target == String.class) {
            return "error.badRequest.field.text";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class
                || target == Short.class || target == short.class) {
            return "error.badRequest.field.integer";
        }
        return "error.badRequest.field.type";
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        return problem;
    }
}
