package vn.chibo.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.people.PartyStatus;

/**
 * A search of a whole root's people (or of every root's, for the administrator), answered from the people kept per
 * root and name, by party status ({@code person_name_count}, Flyway V66), instead of the person rows: its exact total
 * is the sum over the matching names, and its page is the few names that the page's rows fall in, in list order. The
 * conditions are those of the person search written on the names table under the alias {@code p} (the root instead of
 * the path, the same search key conditions) and the statuses' columns added up, so that both count the same people.
 */
@Component
@Transactional(readOnly = true)
class PersonNameSearch {

    private static final String NAMES = "person_name_count p";

    /**
     * The matching names in list order with, for each, how many of the matching people come before it ({@code before})
     * and in all ({@code total}); only the names that hold a row of the range {@code [:offset, :end)}.
     */
    private static final String SLICE = """
            with m as (select p.sort_key, sum({people}) as people from person_name_count p where {where}
                       group by p.sort_key having sum({people}) > 0),
                 c as (select sort_key, people, sum(people) over (order by sort_key) as upto, sum(people) over () as total from m)
            select sort_key, upto - people as before, total from c where upto > :offset and upto - people < :end order by sort_key
            """;

    /**
     * For a keyset page: the matching names after (or before) the anchor's, in the page's direction, that hold the
     * page's rows whatever the anchor's own name holds: those before which fewer than {@code :size} people come.
     */
    private static final String AROUND = """
            with m as (select p.sort_key, sum({people}) as people from person_name_count p where {where}
                       and p.sort_key {beyond} :anchorKey group by p.sort_key having sum({people}) > 0),
                 c as (select sort_key, sum(people) over (order by sort_key {direction}) - people as before_it from m)
            select sort_key from c where before_it < :size
            """;

    private final JdbcClient jdbc;

    PersonNameSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The names of a page: the sort keys its rows have, how many matching people of the first of them come before the
     * page ({@code skipped}), and how many people match in all.
     */
    record Slice(List<String> sortKeys, long skipped, long total) {
    }

    /** The column of a party status's people in a name's row. */
    static String column(PartyStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The people of these statuses in a name's row, as an SQL expression on the alias {@code p}. */
    static String people(Set<PartyStatus> statuses) {
        return statuses.stream().map(s -> "p." + column(s)).collect(Collectors.joining(" + ", "(", ")"));
    }

    /** How many people of the statuses ({@link #people}) the conditions keep. */
    long total(String conditions, String people, Map<String, Object> params) {
        return jdbc.sql("select coalesce(sum(" + people + "), 0) from " + NAMES + " where " + conditions).params(params)
                .query(Long.class).single();
    }

    /** The names that the matching people from {@code offset} (counted from 0 in list order) to {@code offset + size} have. */
    Slice slice(String conditions, String people, Map<String, Object> params, long offset, int size) {
        List<String> sortKeys = new ArrayList<>();
        long[] firstBefore = {-1};
        long[] total = {-1};
        // (replaced, not formatted: the conditions may hold a %)
        jdbc.sql(SLICE.replace("{where}", conditions).replace("{people}", people)).params(params)
                .param("offset", offset).param("end", offset + size)
                .query(rs -> {
                    sortKeys.add(rs.getString("sort_key"));
                    if (firstBefore[0] < 0) {
                        firstBefore[0] = rs.getLong("before");
                    }
                    total[0] = rs.getLong("total");
                });
        if (sortKeys.isEmpty()) {
            return new Slice(sortKeys, 0, total(conditions, people, params));
        }
        return new Slice(sortKeys, offset - firstBefore[0], total[0]);
    }

    /** The anchor's name and the names next to it in the page's direction that hold a keyset page of {@code size} rows. */
    List<String> around(String conditions, String people, Map<String, Object> params, String anchorKey, boolean forward, int size) {
        List<String> sortKeys = new ArrayList<>(List.of(anchorKey));
        sortKeys.addAll(jdbc.sql(AROUND.replace("{where}", conditions).replace("{people}", people)
                .replace("{beyond}", forward ? ">" : "<").replace("{direction}", forward ? "" : "desc")).params(params)
                .param("anchorKey", anchorKey).param("size", size).query(String.class).list());
        return sortKeys;
    }

}
