package vn.chibo.classification.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import static vn.chibo.classification.internal.ClassificationAccess.scopePrefix;
import static vn.chibo.classification.internal.ClassificationAccess.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.classification.ClassificationOverview.MyClassification;
import vn.chibo.classification.ClassificationOverview.RoundFigures;
import vn.chibo.classification.internal.ClassificationService.EntryFilter;
import vn.chibo.classification.internal.ClassificationService.EntryPage;
import vn.chibo.classification.internal.ClassificationService.Figures;
import vn.chibo.classification.internal.ClassificationService.GroupLine;
import vn.chibo.classification.internal.ClassificationService.GroupPage;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.NotFoundException;

/** Rounds, entries, groups and figures as the account sees them. */
@Component
class ClassificationQueries {

    private final ClassificationRoundRepository rounds;
    private final ClassificationEntryRepository entries;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final ClassificationAccess access;
    private final JdbcTemplate jdbc;
    private final ClassificationCounts counted;

    ClassificationQueries(ClassificationRoundRepository rounds, ClassificationEntryRepository entries, RulebookService rulebooks,
                          OrganizationDirectory organizations, ClassificationAccess access,
                          JdbcTemplate jdbc, ClassificationCounts counted) {
        this.counted = counted;
        this.rounds = rounds;
        this.entries = entries;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.access = access;
        this.jdbc = jdbc;
    }

    List<ClassificationRound> visibleRounds() {
        return rounds.findAllByOrderByRoundYearDescIdDesc().stream().filter(access::visible).toList();
    }

    ClassificationRound round(long id) {
        return rounds.findById(id).filter(access::visible).orElseThrow(() -> new NotFoundException("ClassificationRound", id));
    }

    Rulebook rulebookOf(ClassificationRound round) {
        return rulebooks.find(round.getRulebookId()).orElseThrow();
    }

    RulebookDefinition.Classification rules(ClassificationRound round) {
        return rulebooks.definition(rulebookOf(round)).classification();
    }

    ClassificationEntry entry(long id) {
        return entries.findById(id).filter(access::visible).orElseThrow(() -> new NotFoundException("ClassificationEntry", id));
    }

    /** The signed-in member's own entries, newest round first. */
    List<ClassificationEntry> myEntries() {
        Long personId = CurrentUser.get().personId();
        return personId == null ? List.of()
                : entries.findBySubjectKindAndSubjectIdOrderByIdDesc(ClassificationEntry.Kind.MEMBER, personId);
    }

    List<RoundFigures> latestRounds() {
        if (scopePrefix() == null) {
            return List.of();
        }
        return visibleRounds().stream().limit(2).map(round -> {
            Figures f = figures(round, null);
            return new RoundFigures(round.getId(), round.getName(), round.getYear(), round.isOpen(),
                    f.progress("ORGANIZATION"), f.progress("MEMBER"));
        }).toList();
    }

    List<MyClassification> mine() {
        return myEntries().stream().limit(2).map(e -> {
            ClassificationRound round = rounds.findById(e.getRoundId()).orElseThrow();
            return new MyClassification(e.getId(), round.getName(), round.getYear(), e.getStatus().name(),
                    e.getDecidedGrade() == null ? null : e.getDecidedGrade().messageKey());
        }).toList();
    }

    /** Counts of a round within the account's scope (and under {@code inside}): per kind, status and decided grade. */
    Figures figures(ClassificationRound round, OrganizationRef inside) {
        Map<String, Long> counts = new HashMap<>();
        String prefix = scopePrefix();
        if (prefix == null) {
            return new Figures(counts);
        }
        // counts, not entries: a national round has millions
        String narrowest = inside != null && inside.path().startsWith(prefix) ? inside.path() : prefix;
        for (ClassificationCounts.Count c : counts(round, narrowest)) {
            counts.merge(c.kind() + ":" + c.status(), c.entries(), Long::sum);
            counts.merge(c.kind() + ":ALL", c.entries(), Long::sum);
            if (!c.grade().isEmpty()) {
                counts.merge(c.kind() + ":" + c.grade(), c.entries(), Long::sum);
            }
        }
        return new Figures(counts);
    }

    /** Groups whose deciding organization lies under {@code inside} (and in the account's scope), in tree order. */
    GroupPage groups(ClassificationRound round, OrganizationRef inside, int page) {
        String prefix = scopePrefix();
        if (prefix == null) {
            return new GroupPage(List.of(), 0, 0, 50);
        }
        int size = 50;
        RulebookDefinition.Classification rules = rules(round);
        String decidedInside = inside == null || round.getOrgPath().startsWith(inside.path()) ? null : inside.path();
        ClassificationCounts.Groups groups = counted.groups(round, prefix, decidedInside, page, size);
        List<Object[]> raw = groups.lines().stream().map(g -> new Object[] {g.quotaGroup(), g.decidingOrgId(), g.counts()[0],
                g.counts()[1], g.counts()[2], g.counts()[3], g.counts()[4], g.counts()[5]}).toList();
        Map<Long, OrganizationRef> deciding = organizations.findAll(raw.stream().map(r -> (Long) r[1]).distinct().toList());
        Map<Long, OrganizationRef> parents = organizations.findAll(deciding.values().stream().map(OrganizationRef::parentId)
                .filter(Objects::nonNull).distinct().toList());
        List<GroupLine> lines = raw.stream().map(r -> {
            String key = (String) r[0];
            long excellent = (Long) r[6];
            long good = (Long) r[7];
            OrganizationRef decider = deciding.get((Long) r[1]);
            OrganizationRef parent = decider.parentId() == null ? null : parents.get(decider.parentId());
            return new GroupLine(key, decider, parent == null ? null : parent.name(), key.substring(key.indexOf('-') + 1), (Long) r[2], (Long) r[3],
                    (Long) r[4], (Long) r[5], excellent, good, ClassificationCalculator.quota(rules, excellent, good));
        }).toList();
        return new GroupPage(lines, groups.total(), groups.page(), size);
    }

    List<ClassificationCounts.Count> counts(ClassificationRound round, String path) {
        return counted.under(round, path, null);
    }

    /** {@code and org_path like …} unless the path holds the round's whole subtree (then every entry meets it). */
    private static String subjectsUnder(ClassificationRound round, String path) {
        return round.getOrgPath().startsWith(path) ? "" : " and " + within("org_path", path);
    }

    /** Subjects of a round in the account's scope, filtered, in tree order then Vietnamese name order. */
    EntryPage entries(ClassificationRound round, EntryFilter filter) {
        ChiboUser user = CurrentUser.get();
        List<String> conditions = new ArrayList<>(List.of("round_id = ?"));
        List<Object> params = new ArrayList<>(List.of(round.getId()));
        String prefix = scopePrefix();
        if (prefix != null) {
            String under = subjectsUnder(round, prefix);
            if (!under.isEmpty()) {
                conditions.add(under.substring(" and ".length()));
            }
        } else {
            conditions.add("subject_kind = 'MEMBER' and subject_id = ?");
            params.add(user.personId() == null ? -1L : user.personId());
        }
        List<String> counted = new ArrayList<>();
        List<Object> countedParams = new ArrayList<>();
        keyed(filter, counted, countedParams);
        conditions.addAll(counted);
        params.addAll(countedParams);
        String key = VietnameseText.searchKey(filter.query());
        if (key != null && !key.isBlank()) {
            conditions.add("search_key like ?");
            params.add("%" + key.replace("%", "").replace("_", "") + "%");
        }
        String where = " where " + String.join(" and ", conditions);
        long total = prefix != null && (key == null || key.isBlank())
                ? this.counted.total(round, prefix, counted.isEmpty() ? null : String.join(" and ", counted), countedParams.toArray())
                : jdbc.queryForObject("select count(*) from classification_entry" + where, Long.class, params.toArray());
        int size = 50;
        int page = Math.max(0, Math.min(filter.page(), (int) ((total - 1) / size)));
        List<Long> ids = jdbc.queryForList("select id from classification_entry" + where
                + " order by org_path, subject_kind desc, sort_key limit " + size + " offset " + (page * size), Long.class,
                params.toArray());
        Map<Long, ClassificationEntry> loaded = new HashMap<>();
        entries.findAllById(ids).forEach(e -> loaded.put(e.getId(), e));
        return new EntryPage(ids.stream().map(loaded::get).filter(Objects::nonNull).toList(), total, page, size);
    }

    /** The filter's conditions over kind, status and group: keys of the kept counts too, so a total can come from them. */
    private static void keyed(EntryFilter filter, List<String> conditions, List<Object> params) {
        if (known(ClassificationEntry.Kind.class, filter.kind())) {
            conditions.add("subject_kind = ?");
            params.add(filter.kind());
        }
        if (known(ClassificationEntry.Status.class, filter.status())) {
            conditions.add("status = ?");
            params.add(filter.status());
        }
        if (filter.group() != null && !filter.group().isBlank()) {
            conditions.add("quota_group = ?");
            params.add(filter.group());
        }
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String value) {
        return value != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }
}
