package vn.chibo.recognition.internal;

/** Publication status of a story: bản nháp, đã đăng, đã gỡ. */
public enum GoodExampleStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
