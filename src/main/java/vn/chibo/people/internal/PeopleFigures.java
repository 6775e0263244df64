package vn.chibo.people.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.statistics.FigureQueries;
import vn.chibo.statistics.FigureScope;
import vn.chibo.statistics.FigureSet;
import vn.chibo.statistics.FigureSource;

/**
 * People at the period's end and their movements in it (docs/figures.md, ‘people’). A person counts
 * where he is placed now ({@code person.org_path}); his standing at the period's end comes from the
 * dates on his record (admitted, official since, sympathiser since, left), transfers from his
 * primary memberships (one ends the day the next one starts).
 */
@Component
class PeopleFigures implements FigureSource {

    private static final String CURRENT_AT_END = "(p.left_on is null or p.left_on > :to)";
    private static final String OFFICIAL = "p.official_since <= :to";
    private static final String PROBATIONARY = "p.admitted_on <= :to and (p.official_since is null or p.official_since > :to)";
    private static final String NOT_MEMBER = "(p.admitted_on is null or p.admitted_on > :to)";

    private final JdbcClient jdbc;
    private final FigureQueries queries;

    PeopleFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.queries = new FigureQueries(jdbc);
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("person", "membership", "organization");
    }

    @Override
    public FigureSet figures(FigureScope scope) {
        FigureSet set = new FigureSet();
        queries.sums(set, scope, "p.org_path", "from person p where " + scope.within("p.org_path"),
                Map.of(),
                "people.official", when(OFFICIAL + " and " + CURRENT_AT_END),
                "people.probationary", when(PROBATIONARY + " and " + CURRENT_AT_END),
                "people.members", when("p.admitted_on <= :to and " + CURRENT_AT_END),
                "people.masses", when(NOT_MEMBER + " and p.party_status in ('MASS', 'SYMPATHISER', 'PROBATIONARY', 'OFFICIAL')"),
                "people.sympathisers", when(NOT_MEMBER + " and p.sympathiser_since <= :to"
                        + " and p.party_status in ('SYMPATHISER', 'PROBATIONARY', 'OFFICIAL')"),
                "people.admitted", when("p.admitted_on between :from and :to"),
                "people.recognisedOfficial", when("p.official_since between :from and :to"),
                "people.struckOff", when("p.party_status = 'STRUCK_OFF' and p.left_on between :from and :to"));
        set.share("people.probationaryShare", "people.probationary", "people.members");
        transfers(set, scope);
        return set;
    }

    /**
     * Transfers in (out): a primary membership starting (ending) in the period whose other side lies
     * outside the bucket, or for the total outside the subtree. Not additive: a move between two
     * sub-organizations is a transfer of both buckets but not of the whole.
     */
    private void transfers(FigureSet set, FigureScope scope) {
        // scope first: the organizations of the subtree, then their memberships (indexed by organization), then the pair
        String in = " from organization no join membership n on n.organization_id = no.id join membership o"
                + " on o.person_id = n.person_id and o.id <> n.id and o.kind = 'PRIMARY' and o.to_date = n.from_date"
                + " join organization oo on oo.id = o.organization_id where " + scope.within("no.path")
                + " and n.kind = 'PRIMARY' and n.from_date between :from and :to";
        String out = " from organization oo join membership o on o.organization_id = oo.id join membership n"
                + " on n.person_id = o.person_id and n.id <> o.id and n.kind = 'PRIMARY' and o.to_date = n.from_date"
                + " join organization no on no.id = n.organization_id where " + scope.within("oo.path")
                + " and o.kind = 'PRIMARY' and o.to_date between :from and :to";
        transfer(set, scope, "people.transferredIn", in, "no.path", "oo.path");
        transfer(set, scope, "people.transferredOut", out, "oo.path", "no.path");
    }

    private void transfer(FigureSet set, FigureScope scope, String key, String pairs, String here, String there) {
        var params = Map.of("from", scope.from(), "to", scope.to());
        long total;
        if (scope.byYear()) {
            Map<Integer, Long> parts = new HashMap<>();
            jdbc.sql("select y.yr, count(*) " + scope.overParts(pairs + " and not " + scope.within(there)) + " group by y.yr")
                    .params(params).query(rs -> {
                        parts.put(rs.getInt(1), rs.getLong(2));
                    });
            parts.forEach((part, value) -> {
                if (part != FigureScope.WHOLE) {
                    set.distinctYear(part, key, value);
                }
            });
            total = parts.getOrDefault(FigureScope.WHOLE, 0L);
        } else {
            total = jdbc.sql("select count(*)" + pairs + " and not " + scope.within(there))
                    .params(params).query(Long.class).single();
        }
        set.distinctTotal(key, total);
        if (!scope.hasBuckets()) {
            set.distinct(scope.rootPath(), key, total);
            return;
        }
        jdbc.sql("select " + scope.bucket(here) + ", count(*)" + pairs
                        + " and (not " + scope.within(there) + " or " + scope.bucket(here) + " <> " + scope.bucket(there) + ")"
                        + " group by " + scope.bucket(here))
                .params(params).query(rs -> {
                    set.distinct(rs.getString(1), key, rs.getLong(2));
                });
        set.distinctTotal(key, total);
    }

    private static String when(String condition) {
        return "sum(case when " + condition + " then 1 else 0 end)";
    }
}
