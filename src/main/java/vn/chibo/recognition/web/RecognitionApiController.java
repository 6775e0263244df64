package vn.chibo.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.recognition.internal.AwardInput;
import vn.chibo.recognition.internal.AwardLevel;
import vn.chibo.recognition.internal.AwardRecord;
import vn.chibo.recognition.internal.AwardService;
import vn.chibo.recognition.internal.AwardType;
import vn.chibo.recognition.internal.BulkReport;
import vn.chibo.recognition.internal.DisciplineInput;
import vn.chibo.recognition.internal.DisciplineMeasure;
import vn.chibo.recognition.internal.DisciplineRecord;
import vn.chibo.recognition.internal.DisciplineService;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;

/** REST API of the award and discipline registers. Scoped and checked like the pages. */
@RestController
@RequestMapping("/api/v1/recognition")
@Tag(name = "Recognition", description = "Khen thưởng, kỷ luật")
class RecognitionApiController {

    private final DisciplineService discipline;
    private final AwardService awards;
    private final RegisterQuery query;

    RecognitionApiController(DisciplineService discipline, AwardService awards, RegisterQuery query) {
        this.discipline = discipline;
        this.awards = awards;
        this.query = query;
    }

    record DisciplineDto(long id, SubjectType subjectKind, Long personId, Long organizationId, String subjectName,
                         DisciplineMeasure measure, String decisionNumber, LocalDate decisionDate, String issuedBy,
                         String reason, boolean selfDetected, boolean leadershipCollective, long version) {

        static DisciplineDto of(DisciplineRecord r) {
            return new DisciplineDto(r.getId(), r.getSubjectKind(), r.getPersonId(), r.getSubjectOrgId(), r.getSubjectName(),
                    r.getMeasure(), r.getDecisionNumber(), r.getDecisionDate(), r.getIssuedBy(), r.getReason(),
                    r.isSelfDetected(), r.isLeadershipCollective(), r.getVersion());
        }
    }

    record AwardDto(long id, SubjectType recipientKind, Long personId, Long organizationId, String recipientName,
                    AwardType type, AwardLevel level, String decisionNumber, LocalDate decisionDate, String issuedBy,
                    String reason, String campaign, long version) {

        static AwardDto of(AwardRecord r) {
            return new AwardDto(r.getId(), r.getRecipientKind(), r.getPersonId(), r.getRecipientOrgId(), r.getRecipientName(),
                    r.getType(), r.getLevel(), r.getDecisionNumber(), r.getDecisionDate(), r.getIssuedBy(), r.getReason(),
                    r.getCampaign(), r.getVersion());
        }
    }

    /** {@code total}: rows (recipients or subjects); {@code decisions}: distinct decision number and date among them. */
    record PageDto(List<RegisterQuery.Row> rows, long total, long decisions, int page, int size) {

        static PageDto of(RegisterQuery.Page<RegisterQuery.Row> page) {
            return new PageDto(page.rows(), page.total(), page.decisions(), page.page(), RegisterFilter.PAGE_SIZE);
        }
    }

    @GetMapping("/discipline")
    @Operation(summary = "Discipline register in the caller's scope, filtered and paged (50)")
    PageDto disciplineRegister(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                               @RequestParam(required = false) String measure, @RequestParam(required = false) Integer fromYear,
                               @RequestParam(required = false) Integer toYear, @RequestParam(required = false) Long orgId,
                               @RequestParam(defaultValue = "0") int page) {
        return PageDto.of(query.search(RegisterQuery.Register.DISCIPLINE, RegisterParams.filter(q, kind, measure, null,
                fromYear, toYear, null, orgId, page, DisciplineMeasure.values(), null)));
    }

    @GetMapping("/discipline/{id}")
    DisciplineDto disciplineRecord(@PathVariable long id) {
        return DisciplineDto.of(discipline.get(id));
    }

    @PostMapping("/discipline")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a discipline decision: exactly one of personId and organizationId")
    DisciplineDto recordDiscipline(@RequestBody DisciplineInput input) {
        return DisciplineDto.of(discipline.create(input));
    }

    @PutMapping("/discipline/{id}")
    @Operation(summary = "Correct a discipline decision (send the version you read)")
    DisciplineDto correctDiscipline(@PathVariable long id, @RequestBody DisciplineInput input) {
        return DisciplineDto.of(discipline.update(id, input));
    }

    @GetMapping("/awards")
    @Operation(summary = "Award register in the caller's scope, filtered and paged (50)")
    PageDto awardRegister(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                          @RequestParam(required = false) String type, @RequestParam(required = false) String level,
                          @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
                          @RequestParam(required = false) String campaign, @RequestParam(required = false) Long orgId,
                          @RequestParam(defaultValue = "0") int page) {
        return PageDto.of(query.search(RegisterQuery.Register.AWARD, RegisterParams.filter(q, kind, type, level, fromYear,
                toYear, campaign, orgId, page, AwardType.values(), AwardLevel.values())));
    }

    @GetMapping("/awards/{id}")
    AwardDto award(@PathVariable long id) {
        return AwardDto.of(awards.get(id));
    }

    @PostMapping("/awards")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an award to exactly one recipient: personId or organizationId")
    AwardDto recordAward(@RequestBody AwardInput input) {
        return AwardDto.of(awards.create(input));
    }

    @PostMapping("/awards/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "One decision for many recipients (one per line in 'recipients'): all or nothing, reported line by line")
    BulkReport recordAwards(@RequestBody AwardInput input) {
        return awards.bulk(input);
    }
}
