package vn.chibo.rules.internal;

import vn.chibo.rules.ClassificationLevel;

/** One level of a classification rulebook: its minimum score (score out of 100) or required share (criteria ratings). */
public class LevelRow {
    private ClassificationLevel level;
    private String minScore;
    private String sharePercent;

    public ClassificationLevel getLevel() {
        return level;
    }

    public void setLevel(ClassificationLevel level) {
        this.level = level;
    }

    public String getMinScore() {
        return minScore;
    }

    public void setMinScore(String minScore) {
        this.minScore = minScore;
    }

    public String getSharePercent() {
        return sharePercent;
    }

    public void setSharePercent(String sharePercent) {
        this.sharePercent = sharePercent;
    }
}
