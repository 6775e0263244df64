package vn.chibo.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.upload.CheckedUpload;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.statistics.Review;

/**
 * Mẫu báo cáo: the review report's DOCX templates, versioned per organization. The template of an organization is the
 * latest version of the nearest organization on its path that has one (a version without content hands back to the
 * one above), else the shipped default. Uploads are checked (size, kind, placeholders, a trial report) before they are
 * kept; every version is kept and every change audited. Managing templates takes {@link #MANAGE} within the scope.
 */
@Service
@Transactional(readOnly = true)
public class ReportTemplates {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Officers who run the programmes of a subtree also shape its documents. */
    public static final Permission MANAGE = Permission.DEPLOY_MODELS;
    static final String DEFAULT = "/reporting/mau-bao-cao-so-ket.docx";

    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;
    private final DocxReport docx;
    private final ReportWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportTemplates(JdbcClient jdbc, OrganizationDirectory organizations, DocxReport docx, ReportWriter writer,
                    ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.docx = docx;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One kept version; {@code filename} null means 'use the template from above'; {@code note} is the version it
     * restored ('0': the template from above), null for an upload.
     */
    public record Version(long id, int number, String filename, Long size, String note, String uploadedBy, Instant uploadedAt) {
        public boolean inherits() {
            return filename == null;
        }

        public Integer restored() {
            return note == null ? null : Integer.valueOf(note);
        }
    }

    /** Which template applies to an organization: its source organization and version, or the default (both null). */
    public record Applied(OrganizationRef source, Version version) {
        public boolean isDefault() {
            return version == null;
        }
    }

    public List<Version> versions(long organizationId) {
        requireManageable(organizationId);
        return jdbc.sql("select id, version_no, filename, size_bytes, note, uploaded_by, uploaded_at from report_template"
                        + " where organization_id = :o order by version_no desc")
                .param("o", organizationId).query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The template that applies to an organization the caller may see (unscoped lookup of its ancestors). */
    public Applied applied(OrganizationRef organization) {
        List<Long> path = Arrays.stream(organization.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        Map<Long, Version> latest = new TreeMap<>();
        jdbc.sql("""
                        select t.organization_id, t.id, t.version_no, t.filename, t.size_bytes, t.note, t.uploaded_by, t.uploaded_at
                        from report_template t where t.organization_id in (:ids) and t.version_no =
                            (select max(l.version_no) from report_template l where l.organization_id = t.organization_id)""")
                .param("ids", path)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Version(rs.getLong(2), rs.getInt(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant())))
                .list().forEach(e -> latest.put(e.getKey(), e.getValue()));
        for (int i = path.size() - 1; i >= 0; i--) {
            Version version = latest.get(path.get(i));
            if (version != null && !version.inherits()) {
                return new Applied(organizations.find(path.get(i)).orElseThrow(), version);
            }
        }
        return new Applied(null, null);
    }

    /** The bytes of the template that applies (the default when none was uploaded above). */
    public byte[] contentFor(OrganizationRef organization) {
        Applied applied = applied(organization);
        return applied.isDefault() ? defaultTemplate() : content(applied.version().id());
    }

    public byte[] version(long organizationId, int number) {
        requireManageable(organizationId);
        return jdbc.sql("select content from report_template where organization_id = :o and version_no = :v and content is not null")
                .param("o", organizationId).param("v", number).query((rs, n) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new NotFoundException("ReportTemplate", (long) number));
    }

    /** A new version from an uploaded file; {@code latestSeen} is the newest version the uploader saw (0: none). */
    @Transactional
    public Version upload(long organizationId, String originalName, byte[] content, int latestSeen) {
        OrganizationRef organization = requireManageable(organizationId);
        CheckedUpload upload = CheckedUpload.check(originalName, content, MAX_BYTES, Set.of("docx"),
                new CheckedUpload.Messages("reporting.template.error.empty", "reporting.template.error.tooLarge",
                        "reporting.template.error.type"));
        docx.check(upload.content(), writer.content(sample(organization), new ReportWriter.Issuer(organization.name(), null, false),
                LocalDate.now(clock)));
        return add(organization, latestSeen, upload.filename(), upload.content(), null, "UPLOAD");
    }

    /** Makes an older version current again (as a new version), or, with {@code number} 0, the template from above. */
    @Transactional
    public Version revert(long organizationId, int number, int latestSeen) {
        OrganizationRef organization = requireManageable(organizationId);
        if (number == 0) {
            return add(organization, latestSeen, null, null, "0", "REVERT");
        }
        Optional<Map.Entry<String, byte[]>> old = jdbc.sql("select filename, content from report_template"
                        + " where organization_id = :o and version_no = :v")
                .param("o", organizationId).param("v", number)
                .query((rs, n) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1), rs.getBytes(2) == null ? new byte[0] : rs.getBytes(2)))
                .optional();
        Map.Entry<String, byte[]> found = old.orElseThrow(() -> new NotFoundException("ReportTemplate", (long) number));
        boolean inherits = found.getValue().length == 0;
        return add(organization, latestSeen, inherits ? null : found.getKey(), inherits ? null : found.getValue(),
                String.valueOf(number), "REVERT");
    }

    private Version add(OrganizationRef organization, int latestSeen, String filename, byte[] content, String note, String action) {
        int latest = jdbc.sql("select coalesce(max(version_no), 0) from report_template where organization_id = :o")
                .param("o", organization.id()).query(Integer.class).single();
        if (latest != latestSeen) {
            throw new ConcurrentEditException();
        }
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report_template (organization_id, org_path, version_no, filename, size_bytes, content, note,
                            uploaded_by, uploaded_at) values (:o, :p, :v, :f, :s, :c, :n, :u, :at)""")
                .param("o", organization.id()).param("p", organization.path()).param("v", latest + 1).param("f", filename)
                .param("s", content == null ? null : (long) content.length).param("c", content).param("n", note)
                .param("u", CurrentUser.actorName()).param("at", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(AuditRecord.of(action, "ReportTemplate", id, organization.path(),
                organization.name() + " v" + (latest + 1) + (filename == null ? "" : ": " + filename),
                Map.of("template", new Object[] {latest == 0 ? null : "v" + latest, "v" + (latest + 1)})));
        return new Version(id, latest + 1, filename, content == null ? null : (long) content.length, note,
                CurrentUser.actorName(), now);
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from report_template where id = :id").param("id", id).query((rs, n) -> rs.getBytes(1)).single();
    }

    public static byte[] defaultTemplate() {
        try (InputStream in = ReportTemplates.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DEFAULT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrganizationRef requireManageable(long organizationId) {
        OrganizationRef organization = organizations.requireVisible(organizationId);
        if (!CurrentUser.get().may(MANAGE)) {
            throw new ForbiddenException("manage report templates");
        }
        return organization;
    }

    /** A small review with every kind of figure, for the trial report an upload must pass. */
    static Review sample(OrganizationRef organization) {
        Map<String, Number> figures = Map.of("people.members", 120L, "mentoring.mentors", 40L, "mentoring.mentees", 95L,
                "classification.cells.goodOrBetterShare", new BigDecimal("94.2"), "classification.cells.goodOrBetter", 16L,
                "classification.cells.decided", 17L, "meetings.flat", 2L);
        Review.Unit unit = new Review.Unit(organization.id(), organization.name());
        return new Review(unit, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), figures, new TreeMap<>(Map.of(2026, figures)),
                List.of(new Review.Row(new Review.Unit(0, "A"), false, figures), new Review.Row(unit, true, Map.of())), null, List.of());
    }
}
