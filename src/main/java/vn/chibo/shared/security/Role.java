package vn.chibo.shared.security;

import static vn.chibo.shared.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** What an account may do ({@link Permission}); where it may do it is its scope (an organization subtree). */
public enum Role {
    /** Quản trị hệ thống: everything, everywhere. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Cán bộ cơ quan chính trị / tổ chức: runs the programmes, organizations and people of a subtree. */
    OFFICER(EnumSet.allOf(Permission.class)),
    /** Bí thư: runs one organization (usually a cell), its people, meetings, mentoring and candidates; supervises its members. */
    SECRETARY(EnumSet.of(CHANGE_PEOPLE, RUN_MEETINGS, MANAGE_MENTORING, DEVELOP_MEMBERS, WORK_ON_MODELS, WRITE_GOOD_EXAMPLES,
            INSPECT, RESPOND_TO_INSPECTION, READ_REVIEW_FIGURES)),
    /**
     * Ủy ban kiểm tra: inspects and supervises the subtree, verifies remediation and records discipline; reads the rest of the
     * subtree and changes no people, organizations, meetings or models.
     */
    INSPECTOR(EnumSet.of(INSPECT, OVERSEE_INSPECTIONS, RECORD_DISCIPLINE, READ_SUBTREE_BOARDS, READ_REVIEW_FIGURES)),
    /** Đảng viên: own record, own self-assessments, own mentees (checked against the person, not by permission). */
    MEMBER(EnumSet.noneOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
