package vn.chibo.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.classification.ClassificationOverview.Progress;

class ClassificationProgressTest {

    @Test
    void aPartlyDecidedRoundIsShownAsDecidedOutOfAllNotAsAPercent() {
        Progress oneOf119 = new Progress(119, 1, 1);
        assertThat(oneOf119.complete()).isFalse();
        assertThat(oneOf119.messageKey()).isEqualTo("dashboard.classification.partial");
    }

    @Test
    void aFullyDecidedRoundShowsTheGoodOrBetterPercent() {
        Progress all = new Progress(119, 119, 100);
        assertThat(all.complete()).isTrue();
        assertThat(all.messageKey()).isEqualTo("dashboard.classification.complete");
        assertThat(all.goodOrBetterPercent()).isEqualTo(84);
    }

    @Test
    void aRoundWithNothingDecidedShowsOnlyTheCount() {
        assertThat(new Progress(119, 0, 0).messageKey()).isEqualTo("dashboard.classification.noneDecided");
        assertThat(new Progress(0, 0, 0).messageKey()).isEqualTo("dashboard.classification.noneDecided");
        assertThat(new Progress(119, 0, 0).goodOrBetterPercent()).isZero();
    }
}
