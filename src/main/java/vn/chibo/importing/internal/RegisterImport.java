package vn.chibo.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.recognition.RegisterBulkEntry;
import vn.chibo.shared.text.VietnameseText;

/**
 * What the award and discipline imports share: the decision's columns, and the check of a sheet whose rows each name a
 * subject (person or organization) of a decision. A row is checked with the register form's rules; a decision and
 * subject already recorded is matched, not duplicated; the same decision and subject twice in the file is an error.
 *
 * @param <E> the register's new entry ({@link RegisterBulkEntry.NewAward}, {@link RegisterBulkEntry.NewDiscipline})
 */
abstract class RegisterImport<E> implements KindImport {

    static final Column DECISION_NUMBER = Column.text("decisionNumber", "recognition.decisionNumber", true, 100, "Số QĐ");
    static final Column DECISION_DATE = Column.date("decisionDate", "recognition.decisionDate", true, "Ngày QĐ", "Ngày ký");
    static final Column ISSUED_BY = Column.text("issuedBy", "recognition.issuedBy", false, 255, "Cấp quyết định");
    static final Column REASON = Column.text("reason", "recognition.reason", true, 2000, "Thành tích", "Nội dung");

    final RegisterBulkEntry registers;
    final Spellings spellings;
    private final PersonBulkEntry people;
    private final OrganizationBulkEntry organizations;
    private final Column subject;

    RegisterImport(RegisterBulkEntry registers, PersonBulkEntry people, OrganizationBulkEntry organizations,
                   Spellings spellings, Column subject) {
        this.registers = registers;
        this.people = people;
        this.organizations = organizations;
        this.spellings = spellings;
        this.subject = subject;
    }

    /** A row's values read: its (cleaned) decision number, and the entry it makes for the subject once resolved. */
    record Row<E>(String number, Function<RegisterSubjects.Resolved, E> entry) {
    }

    /** Reads a row's values (the decision's and the register's own columns), reporting what is wrong to {@code values}. */
    interface Reader<E> {

        Row<E> read(SourceRow row, Values values);
    }

    /** The reader of one sheet (the spellings of the register's choices looked up once). */
    abstract Reader<E> reader();

    abstract Optional<RegisterBulkEntry.Problem> problem(E entry);

    abstract Optional<Long> existing(E entry);

    abstract long create(E entry);

    /** The entity created, as named in the import's steps. */
    abstract String entity();

    /** The column of a register-specific field of a {@link RegisterBulkEntry.Problem} ({@code null}: the subject). */
    abstract Column ownColumn(String field);

    @Override
    public Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        Map<String, RegisterSubjects.Who> kinds = spellings.of(RegisterSubjects.Who.class, "recognition.kind.",
                Map.of("tap the", RegisterSubjects.Who.ORGANIZATION, "to chuc", RegisterSubjects.Who.ORGANIZATION,
                        "ca nhan", RegisterSubjects.Who.PERSON));
        List<String> shownKinds = spellings.shown(RegisterSubjects.Who.class, "recognition.kind.");
        RegisterSubjects subjects = new RegisterSubjects(people, organizations.activeVisible(), sheet.rows(), subject, issues);
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        Reader<E> reader = reader();
        for (SourceRow row : sheet.rows()) {
            Row<E> read = reader.read(row, values);
            String number = read.number();
            RegisterSubjects.Resolved resolved = subjects.resolve(row, values, subject, kinds, shownKinds,
                    r -> number != null && !seen.containsKey(VietnameseText.searchKey(number) + "|" + r.key())
                            && existing(read.entry().apply(r)).isPresent());
            if (issues.rowHasError(row.number())) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(VietnameseText.searchKey(number) + "|" + resolved.key(), row.number());
            if (earlier != null) {
                issues.error(row.number(), DECISION_NUMBER.key(), "import.error.duplicateInFile", earlier);
                continue;
            }
            E entry = read.entry().apply(resolved);
            Optional<RegisterBulkEntry.Problem> problem = problem(entry);
            if (problem.isPresent()) {
                issues.error(row.number(), column(problem.get().field()), problem.get().messageKey(), problem.get().arguments());
                continue;
            }
            Optional<Long> existing = existing(entry);
            steps.add(existing.isPresent() ? new RegisterSteps.Matched(row.number(), existing.get())
                    : new RegisterSteps.Create(row.number(), entity(), () -> create(entry)));
        }
        return new Plan(sheet.rows().size(), steps);
    }

    private String column(String field) {
        Column column = switch (field == null ? "" : field) {
            case "decisionNumber" -> DECISION_NUMBER;
            case "decisionDate" -> DECISION_DATE;
            case "issuedBy" -> ISSUED_BY;
            case "reason" -> REASON;
            default -> ownColumn(field);
        };
        return (column == null ? subject : column).key();
    }
}
