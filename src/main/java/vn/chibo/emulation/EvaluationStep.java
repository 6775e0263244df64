package vn.chibo.emulation;

/** The two reviewed workflows of the evaluation module: recognition under an emulation model, and yearly classification. */
public enum EvaluationStep {
    /** Đánh giá, công nhận (a registration's assessment): links to the registration. */
    RECOGNITION,
    /** Đánh giá, xếp loại (an entry of a classification round): links to the round. */
    CLASSIFICATION
}
