package vn.chibo.recognition.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.recognition.AwardHistory;
import vn.chibo.shared.text.VietnameseText;

/** {@link AwardHistory}: ids continue the register's highest, written in JDBC batches of 2,000 rows. */
@Component
class GeneratedAwards implements AwardHistory {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    GeneratedAwards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<Long> record(List<GeneratedAward> awards, Instant at) {
        long id = jdbc.queryForObject("select coalesce(max(id), 0) from award_record", Long.class);
        Timestamp now = Timestamp.from(at);
        List<Long> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (GeneratedAward a : awards) {
            ids.add(++id);
            rows.add(new Object[] {id, a.personId(), a.organizationId(), a.orgPath(), a.recipientName(),
                    VietnameseText.searchKey(a.recipientName()), VietnameseText.personSortKey(a.recipientName()), a.form(), a.level(),
                    a.decisionNumber(), Date.valueOf(a.decisionDate()), a.issuedBy(), a.reason(), a.campaign(),
                    a.campaign() == null ? null : VietnameseText.searchKey(a.campaign()), now, now});
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("insert into award_record (id, recipient_kind, person_id, organization_id, org_path, recipient_name,"
                    + " search_key, sort_key, award_form, issuing_level, decision_number, decision_date, issued_by, reason, campaign,"
                    + " campaign_key, created_by, created_at, updated_at) values (?, 'PERSON', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " 'system', ?, ?)", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return ids;
    }
}
