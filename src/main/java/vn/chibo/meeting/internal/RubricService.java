package vn.chibo.meeting.internal;

import java.time.Instant;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.Rulebook;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Meeting rubrics, kept in the one rule store. The rubric for a meeting is the revision in force at its date (the
 * latest {@code validFrom} on or before it); a meeting keeps the revision it was scored by, which is then in use.
 * Revisions are never changed: an administrator imports the next one.
 */
@Service
@Transactional(readOnly = true)
public class RubricService {

    private final RuleDocuments documents;
    private final Map<Long, RubricDefinition> definitions = new ConcurrentHashMap<>();

    RubricService(RuleDocuments documents) {
        this.documents = documents;
    }

    /** A stored revision. */
    public record Rubric(long id, String code, int revision, String nameVi, String nameEn, LocalDate validFrom, String json,
                         String createdBy, Instant createdAt) {
    }

    private static Rubric map(Rulebook r) {
        return new Rubric(r.getId(), r.getCode(), r.getRevision(), r.getNameVi(), r.getNameEn(), r.getValidFrom(),
                r.getDefinitionJson(), r.getCreatedBy(), r.getCreatedAt());
    }

    public List<Rubric> all() {
        return documents.published(Rulebook.Kind.MEETING_RUBRIC).stream().map(RubricService::map)
                .sorted(Comparator.comparing(Rubric::validFrom).thenComparingInt(Rubric::revision)
                        .thenComparingLong(Rubric::id).reversed()).toList();
    }

    public Rubric get(long id) {
        return documents.find(id).filter(r -> r.getKind() == Rulebook.Kind.MEETING_RUBRIC).map(RubricService::map)
                .orElseThrow(() -> new NotFoundException("MeetingRubric", id));
    }

    /** The revision in force on a date, if any. */
    public Optional<Rubric> inForce(LocalDate date) {
        return documents.inForce(Rulebook.Kind.MEETING_RUBRIC, null, date).map(RubricService::map);
    }

    /** The revision in force on each of the days (those without one are left out), read in one query. */
    public Map<LocalDate, Long> inForceOn(java.util.Collection<LocalDate> days) {
        Map<LocalDate, Long> ids = new java.util.HashMap<>();
        documents.inForceOn(Rulebook.Kind.MEETING_RUBRIC, null, days).forEach((day, revision) -> ids.put(day, revision.getId()));
        return ids;
    }

    /** The latest revision (for indicators computed over a period). */
    public Optional<Rubric> latest() {
        return inForce(LocalDate.of(9999, 12, 31));
    }

    public RubricDefinition definition(long rubricId) {
        return definitions.computeIfAbsent(rubricId, id -> document(get(id)).definition());
    }

    public RubricJson.Document document(Rubric rubric) {
        return RubricJson.parseDocumentUnchecked(rubric.json());
    }

    /** Meetings were scored by this revision: it is in use from now on. */
    @Transactional
    public void judgedBy(long rubricId) {
        documents.markInUse(rubricId);
    }

    /** Administrators import the next revision of a rubric (the whole document, checked before anything is saved). */
    @Transactional
    public Rubric importRevision(String json) {
        ChiboUser user = CurrentUser.get();
        if (!user.isAdmin()) {
            throw new ForbiddenException("import a meeting rubric");
        }
        if (json == null || json.isBlank()) {
            throw new BusinessRuleException("json", "meeting.rubric.error.empty");
        }
        if (json.length() > 100_000) {
            throw new BusinessRuleException("json", "meeting.rubric.error.tooLarge");
        }
        RubricJson.Document document = RubricJson.parseDocument(json);
        return map(documents.reviseAndPublish(new RuleDocuments.Revision(Rulebook.Kind.MEETING_RUBRIC, document.code(),
                document.nameVi(), document.nameEn(), RubricJson.write(document), document.validFrom().getYear(), null,
                document.validFrom(), null)));
    }
}
