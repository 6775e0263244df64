package vn.chibo.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class H2CountRowsTest {

    @Test
    void anExistingRowIsUpdatedAndNothingIsInserted() throws SQLException {
        AtomicInteger inserts = new AtomicInteger();
        H2CountRows.addOrCreate(() -> 1, inserts::incrementAndGet);
        assertThat(inserts).hasValue(0);
    }

    @Test
    void aMissingRowIsCreated() throws SQLException {
        AtomicInteger inserts = new AtomicInteger();
        H2CountRows.addOrCreate(() -> 0, inserts::incrementAndGet);
        assertThat(inserts).hasValue(1);
    }

    @Test
    void aRowAnotherWriterCreatedMeanwhileIsAddedTo() throws SQLException {
        AtomicInteger updates = new AtomicInteger();
        H2CountRows.addOrCreate(() -> updates.incrementAndGet() == 1 ? 0 : 1, () -> {
            throw new SQLException("duplicate", "23505");
        });
        assertThat(updates).hasValue(2);
    }

    @Test
    void otherFailuresReachTheWriter() {
        assertThatThrownBy(() -> H2CountRows.addOrCreate(() -> 0, () -> {
            throw new SQLException("too long", "22001");
        })).hasMessage("too long");
    }
}
