package vn.chibo.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import vn.chibo.recognition.internal.GoodExample;
import vn.chibo.recognition.internal.GoodExampleInput;
import vn.chibo.recognition.internal.GoodExampleRegister;
import vn.chibo.recognition.internal.GoodExampleService;
import vn.chibo.recognition.internal.GoodExampleStatus;
import vn.chibo.recognition.internal.RegisterFilter;
import vn.chibo.recognition.internal.RegisterQuery;
import vn.chibo.recognition.internal.SubjectType;

/** REST API of the good examples. Scoped and checked like the pages. */
@RestController
@RequestMapping("/api/v1/recognition/good-examples")
@Tag(name = "Recognition", description = "Khen thưởng, kỷ luật, gương người tốt việc tốt")
class GoodExampleApiController {

    private final GoodExampleService examples;
    private final RegisterQuery query;

    GoodExampleApiController(GoodExampleService examples, RegisterQuery query) {
        this.examples = examples;
        this.query = query;
    }

    record GoodExampleDto(long id, SubjectType subjectKind, Long personId, Long organizationId, String subjectName, String title,
                          String story, LocalDate storyDate, GoodExampleStatus status, LocalDate publishedAt, long version) {

        static GoodExampleDto of(GoodExample e) {
            return new GoodExampleDto(e.getId(), e.getSubjectKind(), e.getPersonId(), e.getSubjectOrgId(), e.getSubjectName(),
                    e.getTitle(), e.getStory(), e.getStoryDate(), e.getStatus(), e.getPublishedAt(), e.getVersion());
        }
    }

    record PageDto(java.util.List<GoodExampleRegister.Row> rows, long total, int page, int size) {
    }

    @GetMapping
    @Operation(summary = "Good examples in the caller's scope, filtered and paged (50)")
    PageDto list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String status, @RequestParam(required = false) Integer fromYear,
                 @RequestParam(required = false) Integer toYear, @RequestParam(required = false) Long orgId,
                 @RequestParam(defaultValue = "0") int page) {
        RegisterQuery.Page<GoodExampleRegister.Row> result = query.search(GoodExampleRegister.LIST, GoodExampleController.filter(q, kind, status, fromYear, toYear, orgId, page));
        return new PageDto(result.rows(), result.total(), result.page(), RegisterFilter.PAGE_SIZE);
    }

    @GetMapping("/{id}")
    GoodExampleDto get(@PathVariable long id) {
        return GoodExampleDto.of(examples.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a story (draft) about exactly one subject: personId or organizationId")
    GoodExampleDto create(@RequestBody GoodExampleInput input) {
        return GoodExampleDto.of(examples.create(input));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a story (send the version you read)")
    GoodExampleDto update(@PathVariable long id, @RequestBody GoodExampleInput input) {
        return GoodExampleDto.of(examples.update(id, input));
    }

    @PostMapping("/{id}/publish")
    GoodExampleDto publish(@PathVariable long id, @RequestParam Long version) {
        return GoodExampleDto.of(examples.publish(id, version));
    }

    @PostMapping("/{id}/withdraw")
    GoodExampleDto withdraw(@PathVariable long id, @RequestParam Long version) {
        return GoodExampleDto.of(examples.withdraw(id, version));
    }
}
