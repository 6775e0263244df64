package vn.chibo.evaluation;

import java.util.List;

/** Public façade: annual classification as the signed-in account sees it (for the start page). */
public interface ClassificationOverview {

    /** One round's progress within the account's scope; shares are whole percents of those decided. */
    record RoundFigures(long roundId, String name, int year, boolean open, long organizations, long organizationsDecided,
                        long organizationsGoodOrBetter, long members, long membersDecided, long membersGoodOrBetter) {
    }

    /** The signed-in member's own classification in one round: status and, once decided, the grade (a message key). */
    record MyClassification(long entryId, String roundName, int year, String status, String gradeKey) {
    }

    /** The latest rounds the account sees (at most two), newest first. */
    List<RoundFigures> latestRounds();

    /** The account's own entries, newest first (at most two). */
    List<MyClassification> mine();
}
