package vn.chibo.organization.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.jdbc.TransactionScoped;

/** The organization module's side of bulk loading: the form's rules and writes through {@link OrganizationService}. */
@Service
@Transactional(readOnly = true)
class OrganizationImports implements OrganizationBulkEntry {

    private final OrganizationService organizations;
    private final Validator validator;

    private final OrganizationRepository organizationRepository;
    private final OrganizationBulkWriter bulk;

    OrganizationImports(OrganizationService organizations, Validator validator, OrganizationRepository organizationRepository,
                        OrganizationBulkWriter bulk) {
        this.bulk = bulk;
        this.organizations = organizations;
        this.organizationRepository = organizationRepository;
        this.validator = validator;
    }

    /**
     * Ids locked in the current transaction: a load that places its rows a run at a time locks each organization
     * once; later runs read the rows (still locked by this transaction, so unchanged by others) without locking them
     * again.
     */
    private static final Object LOCKED = new Object();

    @Override
    @Transactional
    public java.util.Map<Long, OrganizationRef> lockVisible(java.util.Collection<Long> ids) {
        ChiboUser user = CurrentUser.get();
        java.util.Set<Long> locked = TransactionScoped.get(LOCKED, java.util.HashSet::new);
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<Long> toLock = sorted.stream().filter(id -> !locked.contains(id)).toList();
        List<Long> held = sorted.stream().filter(locked::contains).toList();
        java.util.Map<Long, OrganizationRef> visible = new java.util.HashMap<>();
        for (int from = 0; from < toLock.size(); from += 1000) {
            List<Long> chunk = toLock.subList(from, Math.min(toLock.size(), from + 1000));
            organizationRepository.findAllForUpdate(chunk).stream()
                    .filter(o -> OrganizationAccess.mayRead(user, o.getPath()))
                    .forEach(o -> visible.put(o.getId(), o.toRef()));
            locked.addAll(chunk);
        }
        for (int from = 0; from < held.size(); from += 1000) {
            organizationRepository.findAllById(held.subList(from, Math.min(held.size(), from + 1000))).stream()
                    .filter(o -> OrganizationAccess.mayRead(user, o.getPath()))
                    .forEach(o -> visible.put(o.getId(), o.toRef()));
        }
        return visible;
    }

    @Override
    public List<OrganizationRef> activeVisible() {
        return organizations.activeInScope().stream().map(Organization::toRef).toList();
    }

    @Override
    public Optional<Problem> check(NewOrganization organization, OrganizationType parentType, boolean parentInSameLoad) {
        for (ConstraintViolation<OrganizationForm> violation : validator.validate(form(organization))) {
            return Optional.of(new Problem(violation.getPropertyPath().toString(), "organization.error.invalidField"));
        }
        ChiboUser user = CurrentUser.get();
        if (!OrganizationAccess.mayChange(user)) {
            return Optional.of(new Problem("parentId", "organization.error.mayNotChange"));
        }
        OrganizationType typeAbove = parentType;
        if (!parentInSameLoad && organization.parentId() == null) {
            if (!OrganizationAccess.mayCreateRoot(user)) {
                return Optional.of(new Problem("parentId", "organization.error.rootOnlyAdmin"));
            }
        } else if (!parentInSameLoad) {
            Optional<OrganizationRef> parent = organizations.find(organization.parentId());
            if (parent.isEmpty() || !OrganizationAccess.mayRead(user, parent.get().path())) {
                return Optional.of(new Problem("parentId", "organization.error.parentOutOfScope"));
            }
            if (!parent.get().active()) {
                return Optional.of(new Problem("parentId", "organization.error.parentEnded"));
            }
            typeAbove = parent.get().type();
        }
        if (!organization.type().mayHaveParent(typeAbove)) {
            return Optional.of(new Problem("type", "organization.error.typeRule"));
        }
        return Optional.empty();
    }

    @Override
    @Transactional
    public OrganizationRef create(NewOrganization organization) {
        return organizations.create(form(organization)).toRef();
    }

    @Override
    @Transactional
    public List<Long> createAll(List<NewOrganizationIn> newOrganizations, String source) {
        return bulk.createAll(newOrganizations, source);
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void refreshStatistics() {
        bulk.refreshStatistics();
    }

    private static OrganizationForm form(NewOrganization organization) {
        OrganizationForm form = new OrganizationForm();
        form.setName(organization.name());
        form.setShortName(organization.shortName());
        form.setUnitName(organization.unitName());
        form.setType(organization.type());
        form.setCategory(organization.category());
        form.setParentId(organization.parentId());
        form.setValidFrom(organization.validFrom());
        return form;
    }
}
