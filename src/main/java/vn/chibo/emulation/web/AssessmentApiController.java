package vn.chibo.emulation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.emulation.internal.Assessment;
import vn.chibo.emulation.internal.AssessmentService;

/** REST API of the year-end recognition: the subject's self-assessment, under the same rules as the page. */
@RestController
@RequestMapping("/api/v1/registrations/{id}/assessment")
@Tag(name = "Emulation", description = "Mô hình thi đua, đăng ký, tự rà soát")
class AssessmentApiController {

    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    record SelfAssessmentRequest(boolean recognised, String comment, Long version) {
    }

    record AssessmentDto(long registrationId, Assessment.Status status, Boolean computedRecognised, Boolean selfRecognised,
                         long version) {

        static AssessmentDto of(long registrationId, Assessment a) {
            return new AssessmentDto(registrationId, a.getStatus(), a.getComputedRecognised(), a.getSelfRecognised(), a.getVersion());
        }
    }

    @PostMapping("/self")
    @Operation(summary = "The subject assesses itself; a choice that differs from the rulebook result needs a reason (comment)")
    AssessmentDto selfAssess(@PathVariable long id, @RequestBody SelfAssessmentRequest request) {
        return AssessmentDto.of(id, assessments.selfAssess(id, request.recognised(), request.comment(), request.version()));
    }
}
