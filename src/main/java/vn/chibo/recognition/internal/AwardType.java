package vn.chibo.recognition.internal;

/** Hình thức khen thưởng: orders, medals, emulation flags, certificates of merit and commendation, emulation titles. */
public enum AwardType {
    ORDER,
    MEDAL,
    EMULATION_FLAG,
    CERTIFICATE_OF_MERIT,
    COMMENDATION,
    EMULATION_SOLDIER
}
