package vn.chibo.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.support.Accounts.CELL;
import static vn.chibo.support.Accounts.DIVISION;
import static vn.chibo.support.Accounts.MEMBER_PERSON;
import static vn.chibo.support.Accounts.OTHER_CELL;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.support.Accounts;

class RecognitionAccessTest {

    private static GoodExample example(String orgPath, boolean published) {
        GoodExample example = new GoodExample(new Subject(SubjectType.PERSON, 99L, null, 3, orgPath, "Nguyễn Văn A"), "bithu",
                Instant.EPOCH);
        if (published) {
            example.publish(LocalDate.of(2026, 1, 5), Instant.EPOCH);
        }
        return example;
    }

    @Test
    void recordsAreReadInTheSubtreeAndByThePersonTheyName() {
        assertThat(RecognitionAccess.mayRead(Accounts.officer(), CELL, 99L)).isTrue();
        assertThat(RecognitionAccess.mayRead(Accounts.officer(), OTHER_CELL, 99L)).isFalse();
        assertThat(RecognitionAccess.mayRead(Accounts.member(), CELL, MEMBER_PERSON)).isTrue();
        assertThat(RecognitionAccess.mayRead(Accounts.member(), CELL, 99L)).isFalse();
        assertThat(RecognitionAccess.mayRead(Accounts.member(), CELL, null)).isFalse();
    }

    @Test
    void awardsAndDisciplineAreRecordedByTheRolesThatHoldThoseRights() {
        assertThat(RecognitionAccess.mayRecordAwards(Accounts.officer())).isTrue();
        assertThat(RecognitionAccess.mayRecordAwards(Accounts.secretary())).isFalse();
        assertThat(RecognitionAccess.mayRecordAwards(Accounts.inspector())).isFalse();
        assertThat(RecognitionAccess.mayRecordDiscipline(Accounts.inspector())).isTrue();
        assertThat(RecognitionAccess.mayRecordDiscipline(Accounts.secretary())).isFalse();
        assertThat(RecognitionAccess.mayRecordDisciplineIn(Accounts.inspector(), DIVISION)).isTrue();
        assertThat(RecognitionAccess.mayRecordDisciplineIn(Accounts.inspector(), OTHER_CELL)).isFalse();
    }

    @Test
    void goodExamplesAreWrittenInTheSubtreeAndMembersReadThePublishedOnesOfTheirCell() {
        assertThat(RecognitionAccess.mayWrite(Accounts.secretary(), example(CELL, false))).isTrue();
        assertThat(RecognitionAccess.mayWrite(Accounts.secretary(), example(OTHER_CELL, false))).isFalse();
        assertThat(RecognitionAccess.mayWriteGoodExamples(Accounts.inspector())).isFalse();
        assertThat(RecognitionAccess.mayRead(Accounts.member(), example(CELL, true))).isTrue();
        assertThat(RecognitionAccess.mayRead(Accounts.member(), example(CELL, false))).isFalse();
        assertThat(RecognitionAccess.mayRead(Accounts.member(), example(OTHER_CELL, true))).isFalse();
        assertThat(RecognitionAccess.mayRead(Accounts.officer(), example(CELL, false))).isTrue();
    }
}
