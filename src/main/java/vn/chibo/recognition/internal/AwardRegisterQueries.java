package vn.chibo.recognition.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.Subtree;
import vn.chibo.recognition.AwardRegister;

/** The award register as other modules read it ({@link AwardRegister}): individual awards only, in SQL. */
@Component
@Transactional(readOnly = true)
class AwardRegisterQueries implements AwardRegister {

    private static final String COLUMNS = "select id, person_id, org_path, recipient_name, award_form, decision_number,"
            + " decision_date, reason from award_record where person_id is not null and ";

    private final JdbcClient jdbc;

    AwardRegisterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IndividualAward> find(long awardRecordId) {
        return jdbc.sql(COLUMNS + "id = :id").param("id", awardRecordId).query(AwardRegisterQueries::award).optional();
    }

    @Override
    public List<IndividualAward> awardsOf(long personId) {
        return jdbc.sql(COLUMNS + "person_id = :p order by decision_date desc, id desc").param("p", personId)
                .query(AwardRegisterQueries::award).list();
    }

    @Override
    public List<IndividualAward> individualAwardsUnder(String subtreePath, LocalDate from, LocalDate to) {
        return jdbc.sql(COLUMNS + Subtree.of(subtreePath).sql("org_path") + " and decision_date between :from and :to order by id")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(AwardRegisterQueries::award).list();
    }

    private static IndividualAward award(ResultSet rs, int n) throws SQLException {
        return new IndividualAward(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8));
    }
}
