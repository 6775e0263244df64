package vn.chibo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.internal.Organization;
import vn.chibo.organization.internal.OrganizationEvent;
import vn.chibo.organization.internal.OrganizationForm;
import vn.chibo.organization.internal.OrganizationService;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;
import vn.chibo.support.TreeChanges;

/** Tree changes keep history and consistency: moves rewrite the subtree, merges and splits carry people, nothing is deleted. */
@IntegrationTest
@Transactional
class OrganizationTreeChangesTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    TreeChanges treeChanges;

    @BeforeEach
    void signInAsRegionOfficer() {
        demo.signIn("canbo");
    }

    private long battalionOf(long cell) {
        return organizations.get(cell).getParentId();
    }

    @Test
    void movingABattalionRewritesThePathsOfItsCellsAndPeopleAndRecordsTheFormerParent() {
        long cell = demo.sampleCell();
        long battalion = battalionOf(cell);
        long oldRegiment = organizations.get(battalion).getParentId();
        long newRegiment = jdbc.sql("select id from organization where type = 'GRASSROOTS_COMMITTEE' and name = 'Đảng bộ Trung đoàn 2'")
                .query(Long.class).single();

        organizations.move(battalion, newRegiment, LocalDate.of(2026, 1, 1), treeChanges.version(battalion));

        String newPath = organizations.get(newRegiment).getPath() + battalion + "/";
        assertThat(organizations.get(battalion).getPath()).isEqualTo(newPath);
        assertThat(organizations.get(cell).getPath()).isEqualTo(newPath + cell + "/");
        assertThat(organizations.get(cell).getDepth()).isEqualTo(organizations.get(newRegiment).getDepth() + 2);
        long peopleWithOldPath = jdbc.sql("select count(*) from person where organization_id = :c and org_path <> :p")
                .param("c", cell).param("p", newPath + cell + "/").query(Long.class).single();
        assertThat(peopleWithOldPath).isZero();
        assertThat(organizations.history(battalion)).anySatisfy(event -> {
            assertThat(event.getKind().name()).isEqualTo("MOVED");
            assertThat(event.getOldParentId()).isEqualTo(oldRegiment);
            assertThat(event.getNewParentId()).isEqualTo(newRegiment);
        });
    }

    /** The direct sub-organizations as one query of references: every status, each equal to the entity's reference. */
    @Test
    void childrenAreEveryDirectSubOrganizationOfAnyStatusAsTheirReferences() {
        long division = demo.division();
        List<Long> ids = jdbc.sql("select id from organization where parent_id = :p").param("p", division)
                .query(Long.class).list();
        // another test of the shared context may have left a sub-organization of the division inactive already
        List<Long> inactive = new java.util.ArrayList<>(jdbc.sql("select id from organization where parent_id = :p"
                + " and status <> 'ACTIVE'").param("p", division).query(Long.class).list());
        long dissolved = jdbc.sql("select min(id) from organization where parent_id = :p and status = 'ACTIVE'")
                .param("p", division).query(Long.class).single();
        inactive.add(dissolved);
        jdbc.sql("update organization set status = 'DISSOLVED' where id = :id").param("id", dissolved).update();
        entityManager.clear();
        List<OrganizationRef> children = organizations.children(division);
        assertThat(children).hasSize(ids.size());
        assertThat(children).containsExactlyInAnyOrderElementsOf(ids.stream()
                .map(id -> organizations.find(id).orElseThrow()).toList());
        assertThat(children).filteredOn(c -> !c.active()).extracting(OrganizationRef::id)
                .containsExactlyInAnyOrderElementsOf(inactive);
        assertThat(children).allSatisfy(c -> assertThat(c.parentId()).isEqualTo(division));
        assertThat(organizations.children(demo.sampleCell())).isEmpty();
    }

    @Test
    void anOrganizationCannotMoveIntoItsOwnSubtree() {
        long cell = demo.sampleCell();
        long battalion = battalionOf(cell);
        long regiment = organizations.get(battalion).getParentId();
        assertThatThrownBy(() -> organizations.move(regiment, battalion, demo.today(), treeChanges.version(regiment)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("organization.error.cycle");
    }

    @Test
    void aCellCannotBePlacedUnderAnotherCell() {
        long cell = demo.sampleCell();
        long otherCell = demo.cellOutsideDivision();
        assertThatThrownBy(() -> organizations.move(cell, otherCell, demo.today(), treeChanges.version(cell)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("organization.error.typeRule");
    }

    @Test
    void aStaleFormIsRejectedAsAConcurrentEdit() {
        long cell = demo.sampleCell();
        Organization organization = organizations.get(cell);
        OrganizationForm form = OrganizationForm.of(organization);
        form.setVersion(organization.getVersion() - 1);
        form.setName("Chi bộ Đại đội 1 mới");
        assertThatThrownBy(() -> organizations.update(cell, form)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void renamingKeepsTheFormerNameInHistory() {
        long cell = demo.sampleCell();
        Organization organization = organizations.get(cell);
        String oldName = organization.getName();
        OrganizationForm form = OrganizationForm.of(organization);
        form.setName("Chi bộ Đại đội Trinh sát");
        organizations.update(cell, form);
        assertThat(organizations.get(cell).getName()).isEqualTo("Chi bộ Đại đội Trinh sát");
        assertThat(organizations.history(cell)).anySatisfy(e -> {
            assertThat(e.getOldName()).isEqualTo(oldName);
            assertThat(e.getNewName()).isEqualTo("Chi bộ Đại đội Trinh sát");
        });
        assertThat(organizations.searchOrganizations("dai doi trinh sat", 5)).extracting(Organization::getId).contains(cell);
    }

    @Test
    void changingTheCategoryIsKeptInHistoryWithTheFormerValue() {
        long cell = demo.sampleCell();
        Organization organization = organizations.get(cell);
        var oldCategory = organization.getCategory();
        var newCategory = java.util.Arrays.stream(vn.chibo.organization.OrganizationCategory.values())
                .filter(c -> c != oldCategory).findFirst().orElseThrow();
        OrganizationForm form = OrganizationForm.of(organization);
        form.setCategory(newCategory);
        organizations.update(cell, form);
        assertThat(organizations.history(cell)).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(OrganizationEvent.Kind.RECATEGORIZED);
            assertThat(e.getOldName()).isEqualTo(oldCategory.name());
            assertThat(e.getNewName()).isEqualTo(newCategory.name());
        });
    }

    @Test
    void mergingEndsTheOrganizationAndTransfersItsMembersWithHistory() {
        long cell = demo.sampleCell();
        long battalion = battalionOf(cell);
        List<Organization> siblings = organizations.children(battalion, false);
        long target = siblings.stream().map(Organization::getId).filter(id -> id != cell).findFirst().orElseThrow();
        long members = jdbc.sql("select count(*) from person where organization_id = :c").param("c", cell).query(Long.class).single();
        long before = jdbc.sql("select count(*) from person where organization_id = :c").param("c", target).query(Long.class).single();

        organizations.merge(cell, target, LocalDate.of(2026, 2, 1), "Quyết định 12-QĐ/ĐU", treeChanges.version(cell));
        entityManager.flush();

        Organization merged = organizations.get(cell);
        assertThat(merged.getStatus()).isEqualTo(OrganizationStatus.MERGED);
        assertThat(merged.getSuccessorId()).isEqualTo(target);
        assertThat(merged.getValidTo()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(jdbc.sql("select count(*) from person where organization_id = :c").param("c", target).query(Long.class).single())
                .isEqualTo(before + members);
        long closedMemberships = jdbc.sql("select count(*) from membership where organization_id = :c and to_date = :d")
                .param("c", cell).param("d", LocalDate.of(2026, 2, 1)).query(Long.class).single();
        assertThat(closedMemberships).isEqualTo(members);
        assertThat(organizations.children(battalion, false)).extracting(Organization::getId).doesNotContain(cell);
        long openRoles = jdbc.sql("select count(*) from leadership_role where organization_id = :c and to_date is null")
                .param("c", cell).query(Long.class).single();
        assertThat(openRoles).isZero();
        assertThat(organizations.children(battalion, true)).extracting(Organization::getId).contains(cell);
    }

    @Test
    void splittingCreatesASiblingThatTakesTheChosenPeople() {
        long cell = demo.sampleCell();
        List<Long> chosen = jdbc.sql("select id from person where organization_id = :c and party_status = 'MASS' order by id fetch first 3 rows only")
                .param("c", cell).query(Long.class).list();
        OrganizationForm form = new OrganizationForm();
        form.setName("Chi bộ Trung đội Trinh sát");
        form.setType(OrganizationType.CELL);
        form.setCategory(OrganizationCategory.STANDING_FORCE);

        Organization created = organizations.split(cell, form, List.of(), chosen, LocalDate.of(2026, 3, 1), null,
                treeChanges.version(cell));
        entityManager.flush();

        assertThat(created.getParentId()).isEqualTo(battalionOf(cell));
        assertThat(created.getPredecessorId()).isEqualTo(cell);
        assertThat(jdbc.sql("select count(*) from person where organization_id = :c").param("c", created.getId())
                .query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void anOrganizationWithMembersCannotBeDissolvedButAnEmptyOneCan() {
        long cell = demo.sampleCell();
        assertThatThrownBy(() -> organizations.dissolve(cell, demo.today(), null, treeChanges.version(cell)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("organization.error.dissolveMembers");

        OrganizationForm form = new OrganizationForm();
        form.setName("Tổ đảng 1");
        form.setType(OrganizationType.PARTY_GROUP);
        form.setCategory(OrganizationCategory.STANDING_FORCE);
        form.setParentId(cell);
        form.setValidFrom(LocalDate.of(2025, 1, 1));
        Organization group = organizations.create(form);
        organizations.dissolve(group.getId(), demo.today(), "Giải thể thử", treeChanges.version(group.getId()));
        assertThat(organizations.get(group.getId()).getStatus()).isEqualTo(OrganizationStatus.DISSOLVED);
    }

    @Test
    void aSecretaryMayNotChangeTheTreeAndSeesNothingOutsideItsCell() {
        demo.signIn("bithu");
        long cell = demo.sampleCell();
        assertThat(organizations.get(cell).getId()).isEqualTo(cell);
        assertThatThrownBy(() -> organizations.get(demo.cellOutsideDivision())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.dissolve(cell, demo.today(), null, 0L)).isInstanceOf(ForbiddenException.class);
        assertThat(organizations.searchOrganizations("quan su xa", 10)).isEmpty();
    }

    @Test
    void everyChangeIsAudited() {
        long cell = demo.sampleCell();
        Organization organization = organizations.get(cell);
        OrganizationForm form = OrganizationForm.of(organization);
        form.setShortName("C1");
        organizations.update(cell, form);
        entityManager.flush();
        String changes = jdbc.sql("select changes from audit_entry where entity_type = 'Organization' and entity_id = :id and action = 'UPDATE'")
                .param("id", cell).query(String.class).single();
        assertThat(changes).contains("shortName").contains("C1");
        assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'Organization' and entity_id = :id and action = 'UPDATE'")
                .param("id", cell).query(String.class).single()).isEqualTo("canbo");
    }
}
