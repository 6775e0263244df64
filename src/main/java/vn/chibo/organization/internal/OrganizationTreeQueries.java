package vn.chibo.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationTree;
import vn.chibo.organization.OrganizationType;

@Service
@Transactional(readOnly = true)
@vn.chibo.shared.replica.ReadsFromReplica
class OrganizationTreeQueries implements OrganizationTree {

    private final JdbcClient jdbc;

    OrganizationTreeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns {@link #ref} reads, in its order. */
    static final String REF_COLUMNS = "id, parent_id, name, type, category, status, path, depth, valid_from, valid_to";

    @Override
    public List<OrganizationRef> activeChildren(long parentId) {
        return jdbc.sql("select " + REF_COLUMNS + " from organization where parent_id = :p and status = 'ACTIVE' order by path")
                .param("p", parentId)
                .query(OrganizationTreeQueries::ref)
                .list();
    }

    /** A row of {@link #REF_COLUMNS} as a reference. */
    static OrganizationRef ref(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OrganizationRef(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                OrganizationType.valueOf(rs.getString(4)), OrganizationCategory.valueOf(rs.getString(5)),
                OrganizationStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class));
    }
}
