package vn.chibo.recognition.internal;

/** Cấp khen thưởng: from the State President down to a grassroots committee. */
public enum AwardLevel {
    STATE,
    GOVERNMENT,
    MINISTRY,
    REGION,
    UPPER_COMMITTEE,
    GRASSROOTS
}
