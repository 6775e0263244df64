package vn.chibo.organization;

public enum OrganizationStatus {
    ACTIVE,
    /** Hợp nhất / sáp nhập vào tổ chức khác (successor). */
    MERGED,
    /** Giải thể. */
    DISSOLVED
}
