package vn.chibo.importing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Guard, read and check one file of a kind: what the preview shows and what a commit re-runs under its lock. */
@Component
class ImportChecker {

    /** A checked file: the planned steps and what was found; {@code kept}: the rows as read, for the commit (or null). */
    record Checked(Plan plan, Issues issues, Kept kept) {
        Checked(Plan plan, Issues issues) {
            this(plan, issues, null);
        }
    }

    /** Rows read by a preview and what it found while reading them, before comparing them with the records. */
    record Kept(KindImport.KeptRows rows, Issues afterReading) {
    }

    private final Map<ImportKind, KindImport> kinds;
    private final Spellings spellings;
    private final MessageSource messages;
    private final ImportLimits limits;
    private final Clock clock;

    ImportChecker(List<KindImport> kinds, Spellings spellings, MessageSource messages, ImportLimits limits, Clock clock) {
        this.kinds = kinds.stream().collect(Collectors.toMap(KindImport::kind, Function.identity()));
        this.spellings = spellings;
        this.messages = messages;
        this.limits = limits;
        this.clock = clock;
    }

    KindImport kind(ImportKind kind) {
        return kinds.get(kind);
    }

    boolean supports(ImportKind kind) {
        return kinds.containsKey(kind);
    }

    /** The size and container checks alone, before a file is accepted for a check in the background. */
    void guard(byte[] content) {
        WorkbookGuard.check(content, limits);
    }

    Checked check(ImportKind kindName, byte[] content) {
        return check(kindName, content, done -> true);
    }

    Checked check(ImportKind kindName, byte[] content, java.util.function.IntPredicate progress) {
        KindImport kind = kinds.get(kindName);
        WorkbookGuard.check(content, limits);
        Issues issues = new Issues();
        String sheetName = spellings.vi(kind.sheetKey());
        List<String> names = List.of(sheetName, messages.getMessage(kind.sheetKey(), null, sheetName, Locale.ENGLISH));
        SheetReader.ReadSheet sheet;
        try {
            sheet = SheetReader.read(content, names, spellings.headers(kind.columns()), kind.columns(), limits, issues, progress);
        } catch (SheetReader.MissingColumns e) {
            String missing = e.keys.stream().map(key -> kind.columns().stream().filter(c -> c.key().equals(key)).findFirst()
                    .map(c -> "'" + spellings.vi(c.headerKey()) + "'").orElse(key)).collect(Collectors.joining(", "));
            throw new ImportRefused("import.refused.missingColumns", e.sheet, missing, sheetName);
        }
        Values values = new Values(issues, sheet.date1904(), LocalDate.now(clock));
        KindImport.KeptRows rows = kind.read(sheet, values, issues);
        if (rows == null) {
            return new Checked(kind.check(sheet, values, issues), issues);
        }
        Issues afterReading = issues.copy();
        return new Checked(kind.plan(rows, issues, false), issues, new Kept(rows, afterReading));
    }

    /**
     * At commit, without reading the file again: the rows the preview kept compared with the records as they are
     * now (duplicates, the existing records' organizations and versions), with the findings of the reading.
     */
    Checked recheck(ImportKind kindName, Kept kept) {
        Issues issues = kept.afterReading().copy();
        return new Checked(kinds.get(kindName).plan(kept.rows(), issues, true), issues);
    }
}
