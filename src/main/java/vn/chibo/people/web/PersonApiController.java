package vn.chibo.people.web;

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
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.internal.Person;
import vn.chibo.people.internal.PersonFilter;
import vn.chibo.people.internal.PersonForm;
import vn.chibo.people.internal.PersonListRow;
import vn.chibo.people.internal.PersonQuery;
import vn.chibo.people.internal.PersonService;

/** REST API for people (members and masses), scoped like the pages. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Đảng viên và quần chúng")
class PersonApiController {

    private final PersonService service;
    private final PersonQuery query;
    private final Clock clock;

    PersonApiController(PersonService service, PersonQuery query, Clock clock) {
        this.service = service;
        this.query = query;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Paged list in Vietnamese name order; q is accent-insensitive; status is CURRENT, ALL, MEMBERS, MASSES or a party status")
    PageDto list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                 @RequestParam(required = false) Long orgId, @RequestParam(required = false) PartyPosition role,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        PersonQuery.Page result = query.search(new PersonFilter(q, PersonController.sanitize(status), orgId, role, page, size));
        return new PageDto(result.rows(), result.total(), result.page(), result.size());
    }

    @GetMapping("/{id}")
    PersonDto get(@PathVariable long id) {
        return PersonDto.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<PersonDto> create(@Valid @RequestBody PersonForm form) {
        Person person = service.create(form);
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.getId())).body(PersonDto.of(person));
    }

    @PutMapping("/{id}")
    PersonDto update(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        return PersonDto.of(service.update(id, form));
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Move the person's party activity to another organization (chuyển sinh hoạt)")
    PersonDto transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request) {
        return PersonDto.of(service.transfer(id, request.organizationId(),
                request.effectiveOn() == null ? LocalDate.now(clock) : request.effectiveOn(), request.note()));
    }

    record TransferRequest(@NotNull Long organizationId, LocalDate effectiveOn, String note) {
    }

    record PageDto(List<PersonListRow> content, long total, int page, int size) {
    }

    record PersonDto(long id, String fullName, LocalDate birthDate, Gender gender, String identityNumber,
                     String militaryRank, String positionTitle, String education, String phone, long organizationId,
                     PartyStatus partyStatus, LocalDate sympathiserSince, LocalDate admittedOn, LocalDate officialSince,
                     LocalDate leftOn, long version) {

        static PersonDto of(Person p) {
            return new PersonDto(p.getId(), p.getFullName(), p.getBirthDate(), p.getGender(), p.getIdentityNumber(),
                    p.getMilitaryRank(), p.getPositionTitle(), p.getEducation(), p.getPhone(), p.getOrganizationId(),
                    p.getPartyStatus(), p.getSympathiserSince(), p.getAdmittedOn(), p.getOfficialSince(), p.getLeftOn(),
                    p.getVersion());
        }
    }
}
