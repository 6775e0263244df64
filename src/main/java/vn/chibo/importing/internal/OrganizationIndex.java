package vn.chibo.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.text.VietnameseText;

/**
 * Finds an organization named in a cell among those the account may see: by ChiBo's number (digits), by its name
 * when that is unique in the scope, or by its names from the top down separated by '/' (“Đảng bộ Sư đoàn 391 /
 * Chi bộ Đại đội 1”) when the name alone is not unique.
 */
final class OrganizationIndex {

    /** A lookup's answer: the organization, or the message key saying why there is none (and the candidates when several match). */
    record Found(OrganizationRef organization, String problemKey, List<OrganizationRef> candidates) {
        Found(OrganizationRef organization, String problemKey) {
            this(organization, problemKey, List.of());
        }
    }

    private final Map<Long, OrganizationRef> byId = new HashMap<>();
    private final Map<String, List<OrganizationRef>> byName = new HashMap<>();
    private final Map<Long, List<String>> trails = new HashMap<>();

    OrganizationIndex(List<OrganizationRef> visible) {
        visible.forEach(o -> byId.put(o.id(), o));
        for (OrganizationRef organization : visible) {
            byName.computeIfAbsent(VietnameseText.searchKey(organization.name()), k -> new ArrayList<>()).add(organization);
        }
    }

    Found find(String text) {
        if (text.matches("#?\\d{1,18}")) {
            OrganizationRef organization = byId.get(Long.parseLong(text.replace("#", "")));
            return organization == null ? new Found(null, "import.error.organizationNotFound") : new Found(organization, null);
        }
        List<String> wanted = segments(text);
        List<OrganizationRef> candidates = byName.getOrDefault(wanted.get(wanted.size() - 1), List.of()).stream()
                .filter(o -> endsWith(trail(o), wanted)).toList();
        if (candidates.isEmpty()) {
            return new Found(null, "import.error.organizationNotFound");
        }
        if (candidates.size() > 1) {
            return new Found(null, "import.error.organizationAmbiguous", candidates);
        }
        return new Found(candidates.get(0), null);
    }

    /** The organization's own name and those above it that the account sees, top down, as search keys. */
    private List<String> trail(OrganizationRef organization) {
        return trails.computeIfAbsent(organization.id(), id -> {
            List<String> names = new ArrayList<>();
            for (OrganizationRef o = organization; o != null; o = o.parentId() == null ? null : byId.get(o.parentId())) {
                names.add(0, VietnameseText.searchKey(o.name()));
            }
            return names;
        });
    }

    static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        for (String part : text.split("/")) {
            String key = VietnameseText.searchKey(part);
            if (key != null && !key.isEmpty()) {
                segments.add(key);
            }
        }
        return segments.isEmpty() ? List.of("") : segments;
    }

    /**
     * The wanted names are the last ones of the trail; a longer path (from the top of the tree, as a region-wide
     * file names it) matches when the trail the account sees is its end.
     */
    private static boolean endsWith(List<String> trail, List<String> wanted) {
        if (wanted.size() > trail.size()) {
            return wanted.subList(wanted.size() - trail.size(), wanted.size()).equals(trail);
        }
        return trail.subList(trail.size() - wanted.size(), trail.size()).equals(wanted);
    }
}
