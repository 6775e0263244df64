package vn.chibo.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Public façade of the award register for the modules whose facts are awards (a mentee or a mentor
 * 'được khen thưởng'): they link to the register's record instead of keeping a tick of their own, so
 * that every 'awarded' figure has the register as its one source. Reads are unscoped: callers check
 * visibility of the person or subtree they ask about.
 */
public interface AwardRegister {

    /** An award to one person, as the register holds it. */
    record IndividualAward(long id, long personId, String orgPath, String recipientName, String form,
                           String decisionNumber, LocalDate decisionDate, String reason) {
    }

    /** One award record to a person, if it exists. */
    Optional<IndividualAward> find(long awardRecordId);

    /** The awards of one person, newest decision first. */
    List<IndividualAward> awardsOf(long personId);

    /** Awards to people whose records lie in a subtree (a validated path), decided between two dates inclusive. */
    List<IndividualAward> individualAwardsUnder(String subtreePath, LocalDate from, LocalDate to);
}
