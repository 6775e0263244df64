package vn.chibo.development.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.development.internal.Candidate;
import vn.chibo.development.internal.Deadline;
import vn.chibo.development.internal.DevelopmentService;
import vn.chibo.development.internal.DossierItem;
import vn.chibo.development.internal.PipelineBoard;
import vn.chibo.development.internal.Stage;
import vn.chibo.development.internal.StepForm;

/** REST API of party development, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/development")
@Tag(name = "Development", description = "Phát triển đảng: nguồn, cảm tình Đảng, hồ sơ, kết nạp, dự bị, chính thức")
class DevelopmentApiController {

    private final DevelopmentService development;
    private final PipelineBoard board;

    DevelopmentApiController(DevelopmentService development, PipelineBoard board) {
        this.development = development;
        this.board = board;
    }

    record CandidateDto(long id, long personId, long organizationId, Stage stage, LocalDate stageSince, Long mentorPersonId,
                        LocalDate certificateOn, Long introducer1Id, Long introducer2Id, Set<DossierItem> dossier,
                        LocalDate cellResolutionOn, Integer cellVotesFor, Integer cellOfficialMembers,
                        LocalDate committeeResolutionOn, String decisionNumber, LocalDate decisionOn, LocalDate ceremonyOn,
                        Long probationHelperId, LocalDate probationEnd, String recognitionDecisionNumber,
                        LocalDate recognitionDecisionOn, Deadline deadline, long version) {

        static CandidateDto of(Candidate c, Deadline deadline) {
            return new CandidateDto(c.getId(), c.getPersonId(), c.getOrganizationId(), c.getStage(), c.getStageSince(),
                    c.getMentorPersonId(), c.getCertificateOn(), c.getIntroducer1Id(), c.getIntroducer2Id(), c.dossierItems(),
                    c.getCellResolutionOn(), c.getCellVotesFor(), c.getCellOfficialMembers(), c.getCommitteeResolutionOn(),
                    c.getDecisionNumber(), c.getDecisionOn(), c.getCeremonyOn(), c.getProbationHelperId(), c.getProbationEnd(),
                    c.getRecognitionDecisionNumber(), c.getRecognitionDecisionOn(), deadline, c.getVersion());
        }
    }

    record TimelineDto(Stage stage, LocalDate occurredOn, String note, String recordedBy) {
    }

    record OpenRequest(long personId) {
    }

    @GetMapping("/organizations/{id}/board")
    @Operation(summary = "Pipeline board of a subtree: stage counts per organization below, overdue and due-soon deadlines")
    PipelineBoard.Board board(@PathVariable long id) {
        return board.board(id);
    }

    @GetMapping("/organizations/{id}/candidates")
    @Operation(summary = "Candidates of a subtree at a stage (open ones when none), 50 a page")
    List<PipelineBoard.CandidateLine> candidates(@PathVariable long id, @RequestParam(required = false) Stage stage,
                                                 @RequestParam(defaultValue = "0") int page) {
        return board.candidates(id, stage, page);
    }

    @PostMapping("/candidates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a mass or sympathiser into the pipeline")
    CandidateDto open(@RequestBody OpenRequest request) {
        Candidate c = development.open(request.personId(), null);
        return CandidateDto.of(c, development.deadlineOf(c));
    }

    @GetMapping("/candidates/{id}")
    @Operation(summary = "A candidate with his running deadline")
    CandidateDto candidate(@PathVariable long id) {
        Candidate c = development.candidate(id);
        return CandidateDto.of(c, development.deadlineOf(c));
    }

    @GetMapping("/candidates/{id}/timeline")
    @Operation(summary = "A candidate's steps")
    List<TimelineDto> timeline(@PathVariable long id) {
        return development.timeline(id).stream().map(e -> new TimelineDto(e.getStage(), e.getOccurredOn(), e.getNote(),
                e.getRecordedBy())).toList();
    }

    @PostMapping("/candidates/{id}/steps/{stage}")
    @Operation(summary = "Record the next step (the form's fields of that step; version required)")
    CandidateDto step(@PathVariable long id, @PathVariable Stage stage, @RequestBody StepForm form) {
        Candidate c = development.step(id, stage, form);
        return CandidateDto.of(c, development.deadlineOf(c));
    }
}
