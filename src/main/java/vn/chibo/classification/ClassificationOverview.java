package vn.chibo.classification;

import java.util.List;

/** Public façade: annual classification as the signed-in account sees it (for the start page). */
public interface ClassificationOverview {

    /** One round's progress within the account's scope, for organizations and for members. */
    record RoundFigures(long roundId, String name, int year, boolean open, Progress organizations, Progress members) {
    }

    /**
     * How many subjects are decided out of how many, and how many of the decided are good or better. A share of the
     * decided only reads correctly once all are decided: before that it is shown as a count of the decided ones
     * ("1/119 đã quyết định · tốt trở lên 1/1"), never as a percent that looks like the round's result.
     */
    record Progress(long total, long decided, long goodOrBetter) {

        public boolean complete() {
            return total > 0 && decided >= total;
        }

        /** The message key the start page renders: none decided, partly decided, or fully decided. */
        public String messageKey() {
            if (decided == 0) {
                return "dashboard.classification.noneDecided";
            }
            return complete() ? "dashboard.classification.complete" : "dashboard.classification.partial";
        }

        /** Whole percent of the decided rated good or better (0 when none decided). */
        public long goodOrBetterPercent() {
            return decided == 0 ? 0 : Math.round(100.0 * goodOrBetter / decided);
        }
    }

    /** The signed-in member's own classification in one round: status and, once decided, the grade (a message key). */
    record MyClassification(long entryId, String roundName, int year, String status, String gradeKey) {
    }

    /** The latest rounds the account sees (at most two), newest first. */
    List<RoundFigures> latestRounds();

    /** The account's own entries, newest first (at most two). */
    List<MyClassification> mine();
}
