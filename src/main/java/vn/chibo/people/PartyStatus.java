package vn.chibo.people;

import java.util.EnumSet;
import java.util.Set;

/** Where a person stands with the Party. */
public enum PartyStatus {
    /** Quần chúng. */
    MASS,
    /** Quần chúng ưu tú / cảm tình Đảng (on the development list). */
    SYMPATHISER,
    /** Đảng viên dự bị (12 months from admission). */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Xóa tên / khai trừ. */
    STRUCK_OFF,
    /** Từ trần. */
    DECEASED;

    public boolean isMember() {
        return this == PROBATIONARY || this == OFFICIAL;
    }

    public boolean isCurrent() {
        return this != STRUCK_OFF && this != DECEASED;
    }

    /** Statuses a person may move to from this one. */
    public Set<PartyStatus> next() {
        return switch (this) {
            case MASS -> EnumSet.of(SYMPATHISER, PROBATIONARY, DECEASED);
            case SYMPATHISER -> EnumSet.of(MASS, PROBATIONARY, DECEASED);
            case PROBATIONARY -> EnumSet.of(OFFICIAL, STRUCK_OFF, DECEASED);
            case OFFICIAL -> EnumSet.of(STRUCK_OFF, DECEASED);
            case STRUCK_OFF -> EnumSet.of(MASS);
            case DECEASED -> EnumSet.noneOf(PartyStatus.class);
        };
    }
}
