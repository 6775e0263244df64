package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationBulkEntry.NewOrganization;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.shared.text.VietnameseText;

/**
 * Organizations: the tree, each row naming its superior by the code of an earlier row, by ChiBo's number or by
 * name. A row that matches an existing organization (same name, same superior, same type) is left unchanged, so a
 * file imported twice changes nothing; changes to existing organizations go through their pages (history). The
 * preview keeps the rows as read ({@link #read}); the commit re-plans them against the organizations as they are then.
 */
@Component
class OrganizationsImport implements KindImport {

    static final Column CODE = Column.text("code", "import.column.code", false, 50, "Mã tổ chức");
    static final Column NAME = Column.text("name", "organization.name", true, 255);
    static final Column SHORT_NAME = Column.text("shortName", "organization.shortName", false, 100);
    static final Column UNIT = Column.text("unitName", "organization.unitName", false, 255);
    static final Column TYPE = Column.choice("type", "organization.type", true, choices(OrganizationType.values(), "organization.type."), "Loại");
    static final Column CATEGORY = Column.choice("category", "organization.category", true,
            choices(OrganizationCategory.values(), "organization.category."));
    static final Column PARENT = Column.text("parent", "organization.parent", false, 1000, "Tổ chức cấp trên", "Cấp trên");
    static final Column VALID_FROM = Column.date("validFrom", "organization.validFrom", true);

    private final OrganizationBulkEntry organizations;
    private final Spellings spellings;

    OrganizationsImport(OrganizationBulkEntry organizations, Spellings spellings) {
        this.organizations = organizations;
        this.spellings = spellings;
    }

    static List<String> choices(Enum<?>[] values, String prefix) {
        return java.util.Arrays.stream(values).map(v -> prefix + v.name()).toList();
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORGANIZATIONS;
    }

    @Override
    public String sheetKey() {
        return "import.sheet.organizations";
    }

    @Override
    public List<Column> columns() {
        return List.of(CODE, NAME, SHORT_NAME, UNIT, TYPE, CATEGORY, PARENT, VALID_FROM);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("code", "CB-DD1");
        example.put("name", "Chi bộ Đại đội 1");
        example.put("shortName", "CB ĐĐ1");
        example.put("unitName", "Đại đội 1, Tiểu đoàn 1");
        example.put("type", spellings.vi("organization.type.CELL"));
        example.put("category", spellings.vi("organization.category.STANDING_FORCE"));
        example.put("parent", "Đảng bộ Tiểu đoàn 1");
        example.put("validFrom", "01/01/2020");
        return example;
    }

    /** A row of the file that will create an organization, for rows below it naming it as superior. */
    private record Pending(int row, String name, OrganizationType type, OrganizationRef existing) {
    }

    @Override
    public void refreshStatistics() {
        organizations.refreshStatistics();
    }

    /** A row's values as read and spelled (nothing the records can change), kept by the preview for the commit. */
    record OrganizationRow(int number, String code, String name, String shortName, String unit, OrganizationType type,
                           OrganizationCategory category, String parentText, LocalDate validFrom) {
    }

    @Override
    public Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        return plan(read(sheet, values, issues), issues, false);
    }

    @Override
    public KeptRows read(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        Map<String, OrganizationType> types = spellings.of(OrganizationType.class, "organization.type.",
                Map.of("chi bo co so", OrganizationType.CELL, "chi bo truc thuoc", OrganizationType.CELL));
        Map<String, OrganizationCategory> categories = spellings.of(OrganizationCategory.class, "organization.category.", Map.of());
        Map<String, Integer> rowByCode = new HashMap<>();
        List<OrganizationRow> rows = new ArrayList<>();
        for (SourceRow row : sheet.rows()) {
            String code = values.text(row, CODE);
            String name = values.text(row, NAME);
            String shortName = values.text(row, SHORT_NAME);
            String unit = values.text(row, UNIT);
            OrganizationType type = values.choice(row, TYPE, types, spellings.shown(OrganizationType.class, "organization.type."));
            OrganizationCategory category = values.choice(row, CATEGORY, categories,
                    spellings.shown(OrganizationCategory.class, "organization.category."));
            String parentText = values.text(row, PARENT);
            LocalDate validFrom = values.date(row, VALID_FROM);
            if (code != null && rowByCode.containsKey(VietnameseText.searchKey(code))) {
                issues.error(row.number(), CODE.key(), "import.error.duplicateInFile", rowByCode.get(VietnameseText.searchKey(code)));
            }
            if (!issues.rowHasError(row.number())) {
                if (code != null) {
                    rowByCode.put(VietnameseText.searchKey(code), row.number());
                }
                rows.add(new OrganizationRow(row.number(), code, name, shortName, unit, type, category, parentText, validFrom));
            }
        }
        return new KeptRows(sheet.rows().size(), List.copyOf(rows));
    }

    /**
     * Compares the rows with the organizations as they are now: superiors by code, number or name, existing
     * organizations matched, the form's rules (superior active and in scope, the type rule). All of it can change
     * between the preview and the commit, so the commit runs it again under the import lock.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Plan plan(KeptRows kept, Issues issues, boolean atCommit) {
        List<OrganizationRef> visible = organizations.activeVisible();
        OrganizationIndex index = new OrganizationIndex(visible);
        Map<String, Pending> byCode = new HashMap<>();
        Map<String, List<Pending>> pendingByName = new HashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        for (OrganizationRow row : (List<OrganizationRow>) kept.rows()) {
            String code = row.code();
            String name = row.name();
            OrganizationType type = row.type();
            String parentText = row.parentText();
            Pending pendingParent = null;
            OrganizationRef parent = null;
            if (parentText != null) {
                pendingParent = byCode.get(VietnameseText.searchKey(parentText));
                if (pendingParent == null) {
                    List<Pending> named = pendingByName.getOrDefault(VietnameseText.searchKey(parentText), List.of());
                    pendingParent = named.size() == 1 ? named.get(0) : null;
                }
                if (pendingParent != null && pendingParent.existing() != null) {
                    parent = pendingParent.existing();
                    pendingParent = null;
                } else if (pendingParent == null) {
                    OrganizationIndex.Found found = index.find(parentText);
                    if (found.organization() == null) {
                        issues.error(row.number(), PARENT.key(), found.problemKey(), parentText);
                        continue;
                    }
                    parent = found.organization();
                }
            }
            NewOrganization organization = new NewOrganization(name, row.shortName(), row.unit(), type, row.category(),
                    parent == null ? null : parent.id(), row.validFrom());
            Optional<OrganizationRef> existing = parent == null ? Optional.empty() : visible.stream()
                    .filter(o -> parent(o, organization.parentId()) && VietnameseText.searchKey(o.name()).equals(VietnameseText.searchKey(name)))
                    .findFirst();
            if (existing.isPresent()) {
                if (existing.get().type() != type) {
                    issues.error(row.number(), NAME.key(), "import.error.organizationExistsOtherType", existing.get().id());
                    continue;
                }
                steps.add(unchanged(row.number(), existing.get().id()));
                remember(code, name, new Pending(row.number(), name, type, existing.get()), byCode, pendingByName);
                continue;
            }
            Optional<OrganizationBulkEntry.Problem> problem = organizations.check(organization,
                    pendingParent == null ? null : pendingParent.type(), pendingParent != null);
            if (problem.isPresent()) {
                issues.error(row.number(), column(problem.get().field()), problem.get().messageKey());
                continue;
            }
            int parentRow = pendingParent == null ? -1 : pendingParent.row();
            steps.add(new OrganizationSteps.Create(organizations, row.number(), organization, parentRow));
            remember(code, name, new Pending(row.number(), name, type, null), byCode, pendingByName);
        }
        return new Plan(kept.total(), steps);
    }

    private static boolean parent(OrganizationRef organization, Long parentId) {
        return parentId != null && parentId.equals(organization.parentId());
    }

    private static void remember(String code, String name, Pending pending, Map<String, Pending> byCode,
                                 Map<String, List<Pending>> pendingByName) {
        if (code != null) {
            byCode.put(VietnameseText.searchKey(code), pending);
        }
        pendingByName.computeIfAbsent(VietnameseText.searchKey(name), k -> new ArrayList<>()).add(pending);
    }

    static String column(String field) {
        return switch (field == null ? "" : field) {
            case "parentId" -> PARENT.key();
            case "type" -> TYPE.key();
            case "category" -> CATEGORY.key();
            case "validFrom" -> VALID_FROM.key();
            case "shortName" -> SHORT_NAME.key();
            case "unitName" -> UNIT.key();
            default -> NAME.key();
        };
    }

    private static Plan.Step unchanged(int row, long id) {
        return new Plan.Step() {
            public int row() {
                return row;
            }

            public Plan.Action action() {
                return Plan.Action.UNCHANGED;
            }

            public Plan.Written run(Map<Integer, Long> createdByRow) {
                createdByRow.put(row, id);
                return null;
            }
        };
    }
}
