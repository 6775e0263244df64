package vn.chibo.organization;

import java.time.LocalDate;

/** What other modules know of an organization. */
public record OrganizationRef(long id, Long parentId, String name, OrganizationType type, OrganizationCategory category,
                              OrganizationStatus status, String path, int depth, LocalDate validFrom, LocalDate validTo)
        implements java.io.Serializable {

    public boolean active() {
        return status == OrganizationStatus.ACTIVE;
    }

    /** True when {@code other} is this organization or lies below it. */
    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }
}
