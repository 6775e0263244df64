package vn.chibo.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.importing.internal.ImportBatch;
import vn.chibo.importing.internal.ImportService;
import vn.chibo.importing.internal.IssueTexts;
import vn.chibo.shared.web.Formats;
import vn.chibo.shared.web.NotFoundException;

/** REST API of Excel imports: templates, preview (upload), the batch, commit and cancel. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Nhập dữ liệu từ Excel")
class ImportApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;
    private final ImportTemplates templates;
    private final IssueTexts texts;
    private final MessageSource messages;
    private final Formats formats;

    ImportApiController(ImportService imports, ImportTemplates templates, IssueTexts texts, MessageSource messages,
                        Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.imports = imports;
        this.templates = templates;
        this.texts = texts;
    }

    /**
     * A batch as scripts read it; {@code row} in errors and warnings is the spreadsheet's own row number. While the
     * batch is checked ({@code CHECKING}) or written ({@code COMMITTING}), {@code rowsDone} counts the rows done and
     * {@code progress} gives them in percent of {@code rows}. {@code INTERRUPTED}: the node writing the batch stopped
     * (nothing was written); {@code interruptedAt} says when that was found, {@code notice} explains it, and the batch
     * may be committed again. A check interrupted the same way has one error saying so: the stored file may be
     * checked again ({@code POST /{id}/check}) or the batch cancelled.
     */
    record BatchDto(long id, String kind, String status, String fileName, String sha256, int rows, int rowsDone,
                    int created, int updated, int unchanged, int errorCount, int warningCount, String createdBy,
                    Instant createdAt, Instant committedAt, List<IssueDto> errors, List<IssueDto> warnings, int progress,
                    Instant interruptedAt, String notice) {
    }

    record IssueDto(String sheet, Integer row, String column, String message) {
    }

    @GetMapping("/templates/{kind}")
    @Operation(summary = "The XLSX template of a kind: organizations, people")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return templates.download(imports.kind(kind));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file: checks every row and returns the preview; nothing is written until commit")
    ResponseEntity<BatchDto> preview(@RequestParam String kind, @RequestPart("file") MultipartFile file) throws IOException {
        ImportBatch batch = imports.preview(imports.kind(kind), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/imports/" + batch.id())).body(dto(batch));
    }

    @GetMapping
    @Operation(summary = "The account's latest import batches (an administrator's: everyone's)")
    List<BatchDto> recent() {
        return imports.recent(50).stream().map(b -> summary(b)).toList();
    }

    @GetMapping("/{id}")
    BatchDto get(@PathVariable long id) {
        return dto(imports.get(id));
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Writes every row in one transaction; 409 while the preview has errors or when a row fails now")
    ResponseEntity<BatchDto> commit(@PathVariable long id) {
        ImportBatch batch = imports.commit(id);
        return ResponseEntity.status(batch.status() == ImportBatch.Status.COMMITTED ? HttpStatus.OK : HttpStatus.CONFLICT)
                .body(dto(batch));
    }

    @PostMapping("/{id}/check")
    @Operation(summary = "Checks the stored file again after its check was interrupted; 409 otherwise")
    BatchDto recheck(@PathVariable long id) {
        return dto(imports.recheck(id));
    }

    @PostMapping("/{id}/cancel")
    BatchDto cancel(@PathVariable long id) {
        return dto(imports.cancel(id));
    }

    @GetMapping("/created")
    @Operation(summary = "Which import created a record, e.g. entityType=Person&entityId=42")
    BatchDto createdBy(@RequestParam String entityType, @RequestParam long entityId) {
        return imports.creatorOf(entityType, entityId).map(this::summary)
                .orElseThrow(() -> new NotFoundException("ImportBatch", entityId));
    }

    private BatchDto dto(ImportBatch batch) {
        List<IssueTexts.IssueText> all = texts.render(batch.kind(), imports.issues(batch.id()), LocaleContextHolder.getLocale());
        return dto(batch, issues(all, "ERROR"), issues(all, "WARNING"));
    }

    private BatchDto summary(ImportBatch batch) {
        return dto(batch, List.of(), List.of());
    }

    private BatchDto dto(ImportBatch b, List<IssueDto> errors, List<IssueDto> warnings) {
        String notice = b.status() == ImportBatch.Status.INTERRUPTED ? messages.getMessage(
                b.checkInterrupted() ? "import.checkInterrupted" : "import.interrupted",
                new Object[] {formats.dateTime(b.interruptedAt())}, LocaleContextHolder.getLocale()) : null;
        return new BatchDto(b.id(), b.kind().apiName(), b.status().name(), b.fileName(), b.sha256(), b.rows(), b.rowsDone(),
                b.creates(), b.updates(), b.unchanged(), b.errorCount(), b.warningCount(), b.createdBy(), b.createdAt(),
                b.committedAt(), errors, warnings, b.percentDone(), b.interruptedAt(), notice);
    }

    private static List<IssueDto> issues(List<IssueTexts.IssueText> all, String severity) {
        return all.stream().filter(i -> i.severity().equals(severity))
                .map(i -> new IssueDto(i.sheet(), i.row(), i.column(), i.message())).toList();
    }
}
