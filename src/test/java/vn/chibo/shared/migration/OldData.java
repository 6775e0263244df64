package vn.chibo.shared.migration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows written before the upgrade, in tables of rewritten migrations, byte columns included. */
final class OldData {

    private static final String STAMP = "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+07:00'";

    private OldData() {
    }

    static void insert(JdbcClient jdbc) {
        jdbc.sql("insert into organization (id, path, depth, type, category, name, search_key, sort_key, status, valid_from,"
                + " created_at, updated_at) values (1, '/1/', 0, 'CELL', 'MILITARY', 'Chi bộ Đại đội 1', 'chi bo dai doi 1', 'a',"
                + " 'ACTIVE', DATE '2020-01-01', " + STAMP + ", " + STAMP + ")").update();
        for (long id = 1; id <= 2; id++) {
            jdbc.sql("insert into person (id, full_name, search_key, sort_key, gender, organization_id, org_path, party_status,"
                    + " created_at, updated_at) values (:id, :name, :key, :key, 'MALE', 1, '/1/', 'OFFICIAL', " + STAMP + ", " + STAMP + ")")
                    .param("id", id).param("name", "Nguyễn Văn " + id).param("key", "nguyen van " + id).update();
        }
        jdbc.sql("insert into meeting (id, organization_id, org_path, kind, period, meeting_date, start_time, status, created_by,"
                + " created_at, updated_at) values (5, 1, '/1/', 'REGULAR', '2025-01', DATE '2025-01-10', TIME '08:00:00',"
                + " 'PLANNED', 'bithu', " + STAMP + ", " + STAMP + ")").update();
        jdbc.sql("insert into meeting_material (id, meeting_id, purpose, title, filename, content_type, size_bytes, content,"
                + " posted_by, posted_at) values (6, 5, 'AGENDA', 'Chương trình', 'chuong-trinh.pdf', 'application/pdf', 4, :content,"
                + " 'bithu', " + STAMP + ")").param("content", new byte[] {'%', 'P', 'D', 'F'}).update();
        jdbc.sql("insert into report_template (id, organization_id, org_path, version_no, filename, size_bytes, content,"
                + " uploaded_by, uploaded_at) values (7, 1, '/1/', 1, 'mau.docx', 3, :content, 'canbo', " + STAMP + ")")
                .param("content", new byte[] {'P', 'K', 3}).update();
        jdbc.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,"
                + " expiry_time, principal_name) values ('00000000-0000-0000-0000-000000000001',"
                + " '00000000-0000-0000-0000-000000000002', 1, 2, 3600, 3, 'bithu')").update();
        jdbc.sql("insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)"
                + " values ('00000000-0000-0000-0000-000000000001', 'SPRING_SECURITY_CONTEXT', :bytes)")
                .param("bytes", new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5}).update();
    }
}
