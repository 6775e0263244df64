package vn.chibo.organization.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    List<Organization> findByParentIdOrderBySortKey(Long parentId);

    /** Reads the row and locks it until the transaction ends (SELECT ... FOR UPDATE). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id = :id")
    java.util.Optional<Organization> findByIdForUpdate(@Param("id") long id);

    List<Organization> findByParentIdIsNullOrderBySortKey();

    /** Reads and locks many rows in id order, so that two loads locking overlapping sets never deadlock. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id in :ids order by o.id")
    List<Organization> findAllForUpdate(@Param("ids") Collection<Long> ids);

    List<Organization> findByIdIn(Collection<Long> ids);

    @Query("select count(o) from Organization o where o.parentId = :parentId and o.status = vn.chibo.organization.OrganizationStatus.ACTIVE")
    long countActiveChildren(@Param("parentId") long parentId);

    @Query("select o.parentId, count(o) from Organization o where o.parentId in :parentIds and o.status = vn.chibo.organization.OrganizationStatus.ACTIVE group by o.parentId")
    List<Object[]> countChildren(@Param("parentIds") Collection<Long> parentIds);

    @Query("""
            select o from Organization o
            where o.searchKey like :pattern and o.path like :scope and o.status = vn.chibo.organization.OrganizationStatus.ACTIVE
            order by o.depth, o.sortKey""")
    List<Organization> search(@Param("pattern") String pattern, @Param("scope") String scopePrefix,
                              org.springframework.data.domain.Limit limit);

    @Query("select o from Organization o where o.path like :scope and o.status = vn.chibo.organization.OrganizationStatus.ACTIVE order by o.path")
    List<Organization> findActiveInSubtree(@Param("scope") String scopePrefix);

    /** The active organizations of a subtree by type, from its kept counts (V65): the rows of its own id. */
    @Query(value = "select s.type, sum(s.organizations) from organization_subtree_count s where s.organization_id = :id"
            + " group by s.type", nativeQuery = true)
    List<Object[]> countActiveByType(@Param("id") long subtreeId);

    /** The same for the whole forest: the rows of its roots. */
    @Query(value = "select s.type, sum(s.organizations) from organization_subtree_count s where s.organization_id in"
            + " (select id from organization where parent_id is null) group by s.type", nativeQuery = true)
    List<Object[]> countActiveByTypeEverywhere();

    @Query(value = "select count(*) from (select 1 from organization where path like :scope and status = 'ACTIVE'"
            + " limit :limit) o", nativeQuery = true)
    long countActiveUpTo(@Param("scope") String scopePrefix, @Param("limit") long limit);

    /** Rewrites the paths of a moved subtree in one statement (portable SQL). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update organization set path = :newPrefix || substring(path, :oldLength + 1),
                   depth = depth + :depthDelta, version = version + 1
            where path like :oldPrefixPattern""", nativeQuery = true)
    int rewritePaths(@Param("newPrefix") String newPrefix, @Param("oldLength") int oldLength,
                     @Param("depthDelta") int depthDelta, @Param("oldPrefixPattern") String oldPrefixPattern);
}
