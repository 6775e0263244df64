package vn.chibo.emulation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.rules.SubjectKind;
import vn.chibo.emulation.internal.Assessment;
import vn.chibo.emulation.internal.AssessmentService;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;

/** REST API of the emulation models: programmes with their board, member registration, self-review sheets. Scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Emulation", description = "Mô hình thi đua, đăng ký, tự rà soát")
class ProgrammeApiController {

    private final ProgrammeService programmes;
    private final AssessmentService assessments;

    private final vn.chibo.organization.OrganizationDirectory organizations;

    ProgrammeApiController(ProgrammeService programmes, AssessmentService assessments,
                            vn.chibo.organization.OrganizationDirectory organizations) {
        this.organizations = organizations;
        this.programmes = programmes;
        this.assessments = assessments;
    }

    record ProgrammeDto(long id, String name, int year, long rulebookId, long organizationId, boolean pilot,
                        BigDecimal targetPercent) {

        static ProgrammeDto of(Programme p) {
            return new ProgrammeDto(p.getId(), p.getName(), p.getYear(), p.getRulebookId(), p.getOrganizationId(), p.isPilot(),
                    p.getTargetPercent());
        }
    }

    @GetMapping("/programmes")
    List<ProgrammeDto> programmes() {
        return programmes.visible().stream().map(ProgrammeDto::of).toList();
    }

    record SubjectDto(long organizationId, String organizationName, Long registrationId, boolean reviewedThisPeriod,
                      Assessment.Status assessment, Boolean recognised) {
    }

    record GroupDto(long organizationId, String organizationName, boolean cell, long members, long registered,
                    long reviewedThisPeriod, long recognised) {
    }

    record MemberDto(long personId, String fullName, String partyStatus, Long registrationId, boolean reviewedThisPeriod,
                     Assessment.Status assessment, Boolean recognised) {
    }

    /**
     * Subjects for a model judging organizations; for one judging members, figures per subordinate
     * organization of 'within' (groups) and, when 'within' is a taking-part cell, one page of its members.
     */
    record BoardDto(ProgrammeDto programme, ProgrammeService.Summary summary, List<SubjectDto> subjects, Long within,
                    List<GroupDto> groups, List<MemberDto> members, Integer page, Integer pages) {
    }

    @GetMapping("/programmes/{id}")
    @Operation(summary = "The programme's board: registrations, review completeness this period, recognitions against the target;"
            + " the subjects under 'within' 50 a page; for a members' model (Đảng viên 5 tốt), figures per organization"
            + " under 'within' and a cell's members page by page")
    BoardDto board(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) Long within,
                   @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page) {
        Programme programme = programmes.get(id);
        if (programmes.judgesMembers(programme)) {
            return memberBoard(programme, within, page);
        }
        var inside = inside(start(programme), within);
        int pages = (int) Math.max(1, (programmes.subjectCount(programme, inside) + ProgrammeService.SUBJECT_PAGE_SIZE - 1)
                / ProgrammeService.SUBJECT_PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        return new BoardDto(ProgrammeDto.of(programme), programmes.summary(programme), programmes.subjects(programme, inside, current)
                .stream().map(l -> new SubjectDto(l.organization().id(), l.organization().name(),
                        l.registration() == null ? null : l.registration().getId(), l.reviewed(),
                        l.assessment() == null ? null : l.assessment().getStatus(),
                        l.assessment() == null ? null : l.assessment().getDecidedRecognised()))
                .toList(), inside.id(), null, null, current, pages);
    }

    /** Where the board starts (the programme's organization, or the account's scope below it) and 'within' inside that. */
    private vn.chibo.organization.OrganizationRef start(Programme programme) {
        var me = vn.chibo.shared.security.CurrentUser.get();
        var programmeOrganization = organizations.find(programme.getOrganizationId()).orElseThrow();
        return me.canSee(programmeOrganization.path()) ? programmeOrganization
                : organizations.requireVisible(ProgrammeController.requireScope(me, programme));
    }

    private vn.chibo.organization.OrganizationRef inside(vn.chibo.organization.OrganizationRef start, Long within) {
        var inside = within == null ? start : organizations.requireVisible(within);
        return inside.path().startsWith(start.path()) ? inside : start;
    }

    private BoardDto memberBoard(Programme programme, Long within, int page) {
        var start = start(programme);
        var inside = inside(start, within);
        var board = programmes.memberBoard(programme, inside, page);
        var summary = inside.id() == start.id() ? board.summary() : programmes.memberSummary(programme, start.path());
        return new BoardDto(ProgrammeDto.of(programme), summary, List.of(), inside.id(),
                board.groups().stream().map(g -> new GroupDto(g.organization().id(), g.organization().name(), g.subjectCell(),
                        g.members(), g.registered(), g.reviewed(), g.recognised())).toList(),
                board.members().stream().map(m -> new MemberDto(m.person().id(), m.person().fullName(),
                        m.person().partyStatus().name(), m.registration() == null ? null : m.registration().getId(), m.reviewed(),
                        m.assessment() == null ? null : m.assessment().getStatus(),
                        m.assessment() == null ? null : m.assessment().getDecidedRecognised())).toList(),
                board.page(), board.pages());
    }

    record MemberRegistrationRequest(java.time.LocalDate registeredOn, String meetingReference) {
    }

    record RegistrationDto(long id, long programmeId, long organizationId, Long personId, java.time.LocalDate registeredOn,
                           String meetingReference) {
    }

    @org.springframework.web.bind.annotation.PostMapping("/programmes/{id}/members/{personId}/registration")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(summary = "A member registers himself (or his cell's secretary registers him) for a members' model")
    RegistrationDto registerMember(@PathVariable long id, @PathVariable long personId, @RequestBody MemberRegistrationRequest request) {
        var r = programmes.registerMember(id, personId, request.registeredOn(), request.meetingReference());
        return new RegistrationDto(r.getId(), r.getProgrammeId(), r.getOrganizationId(), r.getPersonId(), r.getRegisteredOn(),
                r.getMeetingReference());
    }

    record IndicatorDto(String criterion, String code, String kind, Boolean met, BigDecimal value, String note,
                        BigDecimal automatic) {
    }

    record SheetDto(long registrationId, String period, boolean complete, boolean recognised, long criteriaMet,
                    List<String> vetoes, List<IndicatorDto> indicators, Assessment.Status assessment) {
    }

    @GetMapping("/registrations/{id}/reviews/{period}")
    SheetDto sheet(@PathVariable long id, @PathVariable String period) {
        return sheetDto(id, programmes.sheet(id, period));
    }

    record ReviewRequest(Map<String, String> values, Map<String, String> notes) {
    }

    @PutMapping("/registrations/{id}/reviews/{period}")
    @Operation(summary = "Record a period's self-review, all indicators at once; values: true/false or numbers")
    SheetDto saveReview(@PathVariable long id, @PathVariable String period, @RequestBody ReviewRequest request) {
        return sheetDto(id, programmes.saveReview(id, period, request.values() == null ? Map.of() : request.values(),
                request.notes() == null ? Map.of() : request.notes()));
    }

    private SheetDto sheetDto(long id, ProgrammeService.Sheet sheet) {
        return new SheetDto(id, sheet.period(), sheet.outcome().complete(), sheet.outcome().recognised(),
                sheet.outcome().criteriaMet(), sheet.outcome().vetoes(), sheet.lines().stream()
                .map(l -> new IndicatorDto(l.criterion().code(), l.indicator().code(), l.indicator().kind().name(),
                        l.saved() == null ? null : l.saved().getMet(), l.saved() == null ? null : l.saved().getValue(),
                        l.saved() == null ? null : l.saved().getNote(), l.automatic().orElse(null)))
                .toList(), assessments.find(id).map(Assessment::getStatus).orElse(null));
    }
}
