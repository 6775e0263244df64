package vn.chibo.inspection.internal;

/** The inspector's verdict on one remediation action: hiệu quả or chưa hiệu quả. */
public enum Verification {
    EFFECTIVE, INEFFECTIVE
}
