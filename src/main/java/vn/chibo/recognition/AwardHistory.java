package vn.chibo.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Awards to people generated with another module's history (the demo's mentoring programme, whose 'awarded' outcomes
 * link to the register's records): written as the system, without an account or the form's checks.
 */
public interface AwardHistory {

    /**
     * @param form  an award type name (e.g. {@code COMMENDATION})
     * @param level an award level name (e.g. {@code GRASSROOTS})
     */
    record GeneratedAward(long personId, long organizationId, String orgPath, String recipientName, String form, String level,
                          String decisionNumber, LocalDate decisionDate, String issuedBy, String reason, String campaign) {
    }

    /** Records the awards in order, as recorded at {@code at}; returns their ids in the same order. */
    List<Long> record(List<GeneratedAward> awards, Instant at);
}
