package vn.chibo.classification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.classification.internal.ClassificationEntry;
import vn.chibo.classification.internal.ClassificationForm;
import vn.chibo.classification.internal.ClassificationGrade;
import vn.chibo.classification.internal.ClassificationInputs;
import vn.chibo.classification.internal.ClassificationRound;
import vn.chibo.classification.internal.ClassificationService;

/** REST API of annual classification: rounds, their figures and subjects, and the three steps. Scoped like the pages. */
@RestController
@RequestMapping("/api/v1/classification")
@Tag(name = "Classification", description = "Đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên")
class ClassificationApiController {

    private final ClassificationService classification;

    ClassificationApiController(ClassificationService classification) {
        this.classification = classification;
    }

    record RoundDto(long id, String name, int year, long organizationId, long rulebookId, ClassificationRound.Status status,
                    LocalDate selfDeadline, LocalDate decisionDeadline, long version) {

        static RoundDto of(ClassificationRound r) {
            return new RoundDto(r.getId(), r.getName(), r.getYear(), r.getOrganizationId(), r.getRulebookId(), r.getStatus(),
                    r.getSelfDeadline(), r.getDecisionDeadline(), r.getVersion());
        }
    }

    record EntryDto(long id, long roundId, ClassificationEntry.Kind subjectKind, long subjectId, String subjectName,
                    long organizationId, long decidingOrganizationId, String group, ClassificationEntry.Status status,
                    ClassificationInputs inputs, ClassificationGrade computedGrade, List<String> computedReasons,
                    ClassificationGrade selfGrade, String selfComment, ClassificationGrade proposedGrade,
                    String proposalComment, ClassificationGrade decidedGrade, String decisionNumber, LocalDate decisionDate,
                    String differenceReason, String quotaJustification, String returnedReason, long version) {

        static EntryDto of(ClassificationEntry e) {
            return new EntryDto(e.getId(), e.getRoundId(), e.getSubjectKind(), e.getSubjectId(), e.getSubjectName(),
                    e.getOrganizationId(), e.getDecidingOrgId(), e.getQuotaGroup(), e.getStatus(), e.declaredInputs(),
                    e.getComputedGrade(), e.reasonKeys(), e.getSelfGrade(), e.getSelfComment(), e.getProposedGrade(),
                    e.getProposalComment(), e.getDecidedGrade(), e.getDecisionNumber(), e.getDecisionDate(),
                    e.getDifferenceReason(), e.getQuotaJustification(), e.getReturnedReason(), e.getVersion());
        }
    }

    record EntryPageDto(List<EntryDto> entries, long total, int page, int size) {
    }

    record DecisionRequest(List<ClassificationService.Decision> decisions, String decisionNumber, LocalDate decisionDate,
                           String justification) {
    }

    record ReturnRequest(String reason, Long version) {
    }

    @GetMapping("/rounds")
    List<RoundDto> rounds() {
        return classification.visibleRounds().stream().map(RoundDto::of).toList();
    }

    @GetMapping("/rounds/{id}")
    @Operation(summary = "A round with its counts in the caller's scope, per subject kind and status or decided grade")
    Map<String, Object> round(@PathVariable long id) {
        ClassificationRound round = classification.round(id);
        return Map.of("round", RoundDto.of(round), "counts", classification.figures(round).counts());
    }

    @GetMapping("/rounds/{id}/entries")
    EntryPageDto entries(@PathVariable long id, @RequestParam(required = false) String kind,
                         @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                         @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page) {
        var result = classification.entries(classification.round(id),
                new ClassificationService.EntryFilter(kind, status, q, group, page));
        if (Math.max(0, page) > result.page()) {
            // past the last page: empty, like the other list APIs (the screen shows the last page instead)
            return new EntryPageDto(List.of(), result.total(), page, result.size());
        }
        return new EntryPageDto(result.rows().stream().map(EntryDto::of).toList(), result.total(), result.page(), result.size());
    }

    @GetMapping("/entries/{id}")
    EntryDto entry(@PathVariable long id) {
        return EntryDto.of(classification.entry(id));
    }

    @PostMapping("/entries/{id}/self-classification")
    @Operation(summary = "Tự đánh giá, xếp loại: the declared facts (percentages 0–100) and optionally a grade; version required")
    EntryDto selfClassify(@PathVariable long id, @RequestBody ClassificationForm form) {
        return EntryDto.of(classification.selfClassify(id, form));
    }

    @PostMapping("/entries/{id}/proposal")
    @Operation(summary = "Thẩm định, đề xuất: the (corrected) facts and the proposed grade; version required")
    EntryDto propose(@PathVariable long id, @RequestBody ClassificationForm form) {
        return EntryDto.of(classification.propose(id, form));
    }

    @PostMapping("/entries/{id}/return")
    EntryDto returnWithReason(@PathVariable long id, @RequestBody ReturnRequest request) {
        return EntryDto.of(classification.returnWithReason(id, request.reason(), request.version()));
    }

    @PostMapping("/rounds/{id}/groups/{group}/decision")
    @Operation(summary = "Quyết định xếp loại for lines of one group under one decision number; the quota and order rules apply")
    Map<String, Integer> decide(@PathVariable long id, @PathVariable String group, @RequestBody DecisionRequest request) {
        int decided = classification.decideGroup(id, group, request.decisions() == null ? List.of() : request.decisions(),
                request.decisionNumber(), request.decisionDate(), request.justification());
        return Map.of("decided", decided);
    }
}
