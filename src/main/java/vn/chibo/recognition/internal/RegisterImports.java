package vn.chibo.recognition.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.recognition.RegisterBulkEntry;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The registers' side of bulk loading: every row goes through the award and discipline services' own checks and
 * writes (scope, permission, rules, audit), so that an imported decision is exactly one entered on the form.
 */
@Service
class RegisterImports implements RegisterBulkEntry {

    private final AwardService awards;
    private final DisciplineService discipline;
    private final Subjects subjects;
    private final JdbcClient jdbc;
    private final vn.chibo.people.PersonDirectory people;
    private final vn.chibo.organization.OrganizationDirectory organizations;

    RegisterImports(AwardService awards, DisciplineService discipline, Subjects subjects, JdbcClient jdbc,
                    vn.chibo.people.PersonDirectory people, vn.chibo.organization.OrganizationDirectory organizations) {
        this.people = people;
        this.organizations = organizations;
        this.awards = awards;
        this.discipline = discipline;
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    @Override
    public List<String> awardTypes() {
        return Arrays.stream(AwardType.values()).map(Enum::name).toList();
    }

    @Override
    public List<String> awardLevels() {
        return Arrays.stream(AwardLevel.values()).map(Enum::name).toList();
    }

    @Override
    public List<String> disciplineMeasures() {
        return Arrays.stream(DisciplineMeasure.values()).map(Enum::name).toList();
    }

    @Override
    public Optional<Problem> check(NewAward award) {
        if (!RecognitionAccess.mayRecordAwards(CurrentUser.get())) {
            return Optional.of(new Problem("personId", "import.error.notPermitted"));
        }
        if (!visible(award.personId(), award.organizationId())) {
            return Optional.of(new Problem("personId", "import.error.subjectOutOfScope"));
        }
        return problem(() -> {
            subjects.require(award.personId(), award.organizationId(), "recognition.error.exactlyOneRecipient");
            AwardInput input = input(award);
            input.clean();
            awards.check(input);
            lengths(input.getDecisionNumber(), input.getIssuedBy(), input.getReason());
            if (input.getCampaign() != null && input.getCampaign().length() > 200) {
                throw new BusinessRuleException("campaign", "import.error.tooLong", 200);
            }
        });
    }

    @Override
    public Optional<Long> existing(NewAward award) {
        return find("award_record", award.personId() != null ? "person_id" : "recipient_org_id",
                award.personId() != null ? award.personId() : award.organizationId(), award.decisionNumber());
    }

    @Override
    @Transactional
    public long create(NewAward award) {
        return awards.create(input(award)).getId();
    }

    @Override
    public Optional<Problem> check(NewDiscipline record) {
        if (!RecognitionAccess.mayRecordDiscipline(CurrentUser.get())) {
            return Optional.of(new Problem("personId", "import.error.notPermitted"));
        }
        if (!visible(record.personId(), record.organizationId())) {
            return Optional.of(new Problem("personId", "import.error.subjectOutOfScope"));
        }
        return problem(() -> {
            Subject subject = subjects.require(record.personId(), record.organizationId(), "recognition.error.exactlyOneSubject");
            DisciplineInput input = input(record);
            input.clean();
            discipline.check(input, subject.type());
            lengths(input.getDecisionNumber(), input.getIssuedBy(), input.getReason());
        });
    }

    @Override
    public Optional<Long> existing(NewDiscipline record) {
        return find("discipline_record", record.personId() != null ? "person_id" : "subject_org_id",
                record.personId() != null ? record.personId() : record.organizationId(), record.decisionNumber());
    }

    @Override
    @Transactional
    public long create(NewDiscipline record) {
        return discipline.create(input(record)).getId();
    }

    /** Checked before the services' own lookups, which refuse an invisible subject by throwing (a 404 on a form). */
    private boolean visible(Long personId, Long organizationId) {
        vn.chibo.shared.security.ChiboUser user = vn.chibo.shared.security.CurrentUser.get();
        if (personId != null) {
            return people.find(personId).filter(p -> user.canSee(p.orgPath())).isPresent();
        }
        return organizationId == null || organizations.find(organizationId).filter(o -> user.canSee(o.path())).isPresent();
    }

    private Optional<Long> find(String table, String column, Long subjectId, String decisionNumber) {
        String number = vn.chibo.shared.text.VietnameseText.clean(decisionNumber);
        if (subjectId == null || number == null) {
            return Optional.empty();
        }
        return jdbc.sql("select min(id) from " + table + " where decision_number = :n and " + column + " = :id")
                .param("n", number).param("id", subjectId).query(Long.class).optional();
    }

    /** The form's size limits, which the form's bean validation checks before the service does. */
    private static void lengths(String decisionNumber, String issuedBy, String reason) {
        if (decisionNumber != null && decisionNumber.length() > 100) {
            throw new BusinessRuleException("decisionNumber", "import.error.tooLong", 100);
        }
        if (issuedBy != null && issuedBy.length() > 255) {
            throw new BusinessRuleException("issuedBy", "import.error.tooLong", 255);
        }
        if (reason != null && reason.length() > 2000) {
            throw new BusinessRuleException("reason", "import.error.tooLong", 2000);
        }
    }

    private static Optional<Problem> problem(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (BusinessRuleException e) {
            return Optional.of(new Problem(e.field(), e.messageKey(), e.arguments()));
        } catch (NotFoundException e) {
            return Optional.of(new Problem("personId", "import.error.subjectOutOfScope"));
        }
    }

    private static AwardInput input(NewAward award) {
        AwardInput input = new AwardInput();
        input.setPersonId(award.personId());
        input.setOrganizationId(award.organizationId());
        input.setType(value(() -> AwardType.valueOf(award.type())));
        input.setLevel(value(() -> AwardLevel.valueOf(award.level())));
        input.setDecisionNumber(award.decisionNumber());
        input.setDecisionDate(award.decisionDate());
        input.setIssuedBy(award.issuedBy());
        input.setReason(award.reason());
        input.setCampaign(award.campaign());
        return input;
    }

    private static DisciplineInput input(NewDiscipline record) {
        DisciplineInput input = new DisciplineInput();
        input.setPersonId(record.personId());
        input.setOrganizationId(record.organizationId());
        input.setMeasure(value(() -> DisciplineMeasure.valueOf(record.measure())));
        input.setDecisionNumber(record.decisionNumber());
        input.setDecisionDate(record.decisionDate());
        input.setIssuedBy(record.issuedBy());
        input.setReason(record.reason());
        input.setSelfDetected(record.selfDetected());
        input.setLeadershipCollective(record.leadershipCollective());
        return input;
    }

    private static <E> E value(Supplier<E> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
