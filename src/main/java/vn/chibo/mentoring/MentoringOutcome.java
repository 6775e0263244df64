package vn.chibo.mentoring;

/** Kết quả dìu dắt: what became of a mentee. */
public enum MentoringOutcome {
    /** Hoàn thành tốt nhiệm vụ. */
    TASKS_WELL,
    /** Được khen thưởng. */
    AWARDED,
    /** Được đưa vào danh sách cảm tình Đảng. */
    SYMPATHISER,
    /** Được kết nạp vào Đảng. */
    ADMITTED,
    /** Chuyển đơn vị. */
    TRANSFERRED,
    /** Ra quân / xuất ngũ. */
    DISCHARGED;

    /** Outcomes that end the mentoring of the person. */
    public boolean endsAssignment() {
        return this == ADMITTED || this == TRANSFERRED || this == DISCHARGED;
    }

    /** Outcomes that count as progress for the mentor (Đảng viên 5 tốt). */
    public boolean isProgress() {
        return this == TASKS_WELL || this == AWARDED || this == SYMPATHISER || this == ADMITTED;
    }
}
