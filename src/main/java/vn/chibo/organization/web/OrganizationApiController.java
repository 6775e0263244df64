package vn.chibo.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.organization.internal.Organization;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationService;

/** REST API of the organization tree, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "Tổ chức đảng")
class OrganizationApiController {

    private final OrganizationService service;
    private final Clock clock;

    OrganizationApiController(OrganizationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Roots of the account's tree, or an accent-insensitive search when q is given")
    List<OrganizationDto> list(@RequestParam(required = false) String q) {
        List<Organization> found = q == null || q.isBlank() ? service.roots() : service.searchOrganizations(q, 100);
        return found.stream().map(OrganizationDto::of).toList();
    }

    @GetMapping("/{id}")
    OrganizationDto get(@PathVariable long id) {
        return OrganizationDto.of(service.get(id));
    }

    @GetMapping("/{id}/children")
    List<OrganizationDto> children(@PathVariable long id,
                                   @RequestParam(defaultValue = "false") boolean includeEnded) {
        return service.children(id, includeEnded).stream().map(OrganizationDto::of).toList();
    }

    @PostMapping
    ResponseEntity<OrganizationDto> create(@Valid @RequestBody OrganizationForm form) {
        Organization created = service.create(form);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.getId()))
                .body(OrganizationDto.of(created));
    }

    @PutMapping("/{id}")
    OrganizationDto update(@PathVariable long id, @Valid @RequestBody OrganizationForm form) {
        return OrganizationDto.of(service.update(id, form));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move the organization and its subtree under another parent")
    OrganizationDto move(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
        return OrganizationDto.of(service.move(id, request.parentId(),
                request.effectiveOn() == null ? LocalDate.now(clock) : request.effectiveOn(), request.version()));
    }

    record MoveRequest(@NotNull Long parentId, LocalDate effectiveOn, Long version) {
    }

    record OrganizationDto(long id, Long parentId, String name, String shortName, String unitName,
                           OrganizationType type, OrganizationCategory category, OrganizationStatus status,
                           String path, int depth, LocalDate validFrom, LocalDate validTo, Long successorId,
                           long version) {

        static OrganizationDto of(Organization o) {
            return new OrganizationDto(o.getId(), o.getParentId(), o.getName(), o.getShortName(), o.getUnitName(),
                    o.getType(), o.getCategory(), o.getStatus(), o.getPath(), o.getDepth(), o.getValidFrom(),
                    o.getValidTo(), o.getSuccessorId(), o.getVersion());
        }
    }
}
