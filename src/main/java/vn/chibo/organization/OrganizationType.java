package vn.chibo.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of party organization and which kind each may sit under (Điều lệ Đảng). A cell directly
 * under a higher committee is a 'chi bộ cơ sở'; under a grassroots or partial committee it is a
 * 'chi bộ trực thuộc'.
 */
public enum OrganizationType {
    /** Đảng bộ cấp trên cơ sở (region, division, provincial military command...). */
    UPPER_COMMITTEE,
    /** Đảng bộ cơ sở (e.g. a regiment). */
    GRASSROOTS_COMMITTEE,
    /** Đảng bộ bộ phận (e.g. a battalion). */
    PARTIAL_COMMITTEE,
    /** Chi bộ (e.g. a company). */
    CELL,
    /** Tổ đảng. */
    PARTY_GROUP;

    public Set<OrganizationType> allowedParents() {
        return switch (this) {
            case UPPER_COMMITTEE -> EnumSet.of(UPPER_COMMITTEE);
            case GRASSROOTS_COMMITTEE -> EnumSet.of(UPPER_COMMITTEE);
            case PARTIAL_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE);
            case CELL -> EnumSet.of(UPPER_COMMITTEE, GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE);
            case PARTY_GROUP -> EnumSet.of(CELL);
        };
    }

    /** Only an upper committee may be a root of the tree (the region committee). */
    public boolean mayBeRoot() {
        return this == UPPER_COMMITTEE;
    }

    public boolean mayHaveParent(OrganizationType parent) {
        return parent == null ? mayBeRoot() : allowedParents().contains(parent);
    }

    /** Message key of the type's display name, refined for cells by where they sit. */
    public String labelKey(OrganizationType parentType) {
        if (this == CELL && parentType == UPPER_COMMITTEE) {
            return "organization.type.CELL.grassroots";
        }
        if (this == CELL && parentType != null) {
            return "organization.type.CELL.attached";
        }
        return "organization.type." + name();
    }
}
