package vn.chibo.development.internal;

/** Bước của quy trình kết nạp, in order; REMOVED and WITHDRAWN end it early. */
public enum Stage {
    /** Nguồn phát triển đảng. */
    SOURCE,
    /** Quần chúng ưu tú / cảm tình Đảng, học lớp nhận thức về Đảng. */
    SYMPATHISER,
    /** Làm hồ sơ xin vào Đảng. */
    CANDIDATE,
    /** Chi bộ ra nghị quyết đề nghị kết nạp. */
    CELL_RESOLVED,
    /** Đảng ủy cơ sở ra nghị quyết. */
    COMMITTEE_RESOLVED,
    /** Có quyết định kết nạp. */
    DECIDED,
    /** Đã tổ chức lễ kết nạp: đảng viên dự bị. */
    PROBATION,
    /** Chi bộ ra nghị quyết đề nghị công nhận chính thức. */
    RECOGNITION_RESOLVED,
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Xóa tên trong danh sách đảng viên dự bị. */
    REMOVED,
    /** Dừng xem xét. */
    WITHDRAWN;

    public boolean isOpen() {
        return this != OFFICIAL && this != REMOVED && this != WITHDRAWN;
    }

    /** Steps recorded by the committee above the cell (officers and administrators). */
    public boolean byCommittee() {
        return this == COMMITTEE_RESOLVED || this == DECIDED || this == OFFICIAL;
    }
}
