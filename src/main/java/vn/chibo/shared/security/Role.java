package vn.chibo.shared.security;

/** What an account may do; where it may do it is its scope (an organization subtree). */
public enum Role {
    /** Quản trị hệ thống: everything, everywhere. */
    ADMIN,
    /** Cán bộ cơ quan chính trị / tổ chức: manages organizations and people in a subtree. */
    OFFICER,
    /** Bí thư: runs one organization (usually a cell) and its people. */
    SECRETARY,
    /** Ủy ban kiểm tra: reads a subtree to inspect and supervise it. */
    INSPECTOR,
    /** Đảng viên: own record, own self-assessments, own mentees. */
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
