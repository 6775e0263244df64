package vn.chibo.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookJson;
import vn.chibo.rules.RulebookService;
import vn.chibo.rules.SubjectKind;

/** REST API of the rulebooks: those the account sees, and each as its exchange document. Scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rules", description = "Quy chế, bộ tiêu chí")
class RulebookApiController {

    private final RulebookService rulebooks;

    RulebookApiController(RulebookService rulebooks) {
        this.rulebooks = rulebooks;
    }

    record RulebookDto(long id, String code, int revision, Rulebook.Kind kind, SubjectKind subjectKind, String nameVi,
                       String nameEn, int yearFrom, Integer yearTo, Long ownerOrgId, Rulebook.Status status, boolean inUse) {

        static RulebookDto of(Rulebook r) {
            return new RulebookDto(r.getId(), r.getCode(), r.getRevision(), r.getKind(), r.getSubjectKind(), r.getNameVi(),
                    r.getNameEn(), r.getYearFrom(), r.getYearTo(), r.getOwnerOrgId(), r.getStatus(), r.isInUse());
        }
    }

    @GetMapping("/rulebooks")
    List<RulebookDto> rulebooks() {
        return rulebooks.visible().stream().map(RulebookDto::of).toList();
    }

    @GetMapping(value = "/rulebooks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The rulebook as its exchange document (the same JSON as the export)")
    String rulebook(@PathVariable long id) {
        return rulebooks.exportJson(id);
    }

    @GetMapping(value = "/rulebooks/{id}", produces = {"application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "The rulebook as its exchange document in YAML (Accept: application/yaml; the same content as the YAML export)")
    org.springframework.http.ResponseEntity<String> rulebookYaml(@PathVariable long id) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8))
                .body(rulebooks.export(id, RulebookJson.Format.YAML));
    }
}
