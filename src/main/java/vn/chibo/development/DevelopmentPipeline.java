package vn.chibo.development;

import java.time.LocalDate;

/** Public façade of the party development pipeline for the modules that put people into it. */
public interface DevelopmentPipeline {

    /**
     * Opens the pipeline for a person just put on the sympathiser list (stage 'cảm tình Đảng'), with his mentor
     * linked, in the caller's transaction and audited. Idempotent: a person with an open record keeps it.
     * The caller has checked the account may change the person. Returns whether a record was opened.
     */
    boolean openSympathiser(long personId, Long mentorPersonId, LocalDate on);
}
