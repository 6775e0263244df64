package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.development.CandidateAdmitted;
import vn.chibo.development.CandidateListedAsSympathiser;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * What a step into each stage brings to a candidate's record (the certificate, introducers and dossier, the cell's
 * and the committee's resolutions, the decisions, the ceremony) and to the person's party status, each checked
 * against the rule data in force. The pipeline's order, permissions and trail are {@link DevelopmentService}'s.
 */
@Component
class StepRecorder {

    private final PersonDirectory people;
    private final CandidateEligibility eligibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepRecorder(PersonDirectory people, CandidateEligibility eligibility, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.eligibility = eligibility;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the step's own rules and records it on the candidate; returns the note for the timeline. */
    String record(Candidate c, Stage next, StepForm form, PersonRef person, DevelopmentRules rules, LocalDate on) {
        String note = null;
        switch (next) {
            case SYMPATHISER -> {
                requireCertificate(form, on);
                c.certificate(VietnameseText.clean(form.getCertificateNumber()), form.getCertificateOn());
                if (person.partyStatus() == PartyStatus.MASS) {
                    people.changePartyStatus(person.id(), PartyStatus.SYMPATHISER, on, "Cảm tình Đảng");
                }
                events.publishEvent(new CandidateListedAsSympathiser(person.id(), on));
            }
            case CANDIDATE -> {
                if (form.getCertificateOn() != null) {
                    requireCertificate(form, on);
                    c.certificate(VietnameseText.clean(form.getCertificateNumber()), form.getCertificateOn());
                }
                requireIntroducer(form.getIntroducer1Id(), person);
                requireIntroducer(form.getIntroducer2Id(), person);
                c.introducers(form.getIntroducer1Id(), form.getIntroducer1Since(), form.getIntroducer2Id(),
                        form.getIntroducer2Since());
                Set<DossierItem> items = EnumSet.noneOf(DossierItem.class);
                items.addAll(form.getDossier());
                items.removeAll(EnumSet.of(DossierItem.FORM_6, DossierItem.FORM_8, DossierItem.FORM_9));
                items.addAll(c.dossierItems().stream().filter(i -> i == DossierItem.FORM_6 || i == DossierItem.FORM_8
                        || i == DossierItem.FORM_9).toList());
                c.setDossierItems(items);
            }
            case CELL_RESOLVED -> {
                List<Eligibility.Problem> problems = eligibility.check(c, on);
                if (!problems.isEmpty()) {
                    throw new BusinessRuleException(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
                }
                votes(form, rules);
                c.cellResolution(on, form.getVotesFor(), form.getVotesAgainst() == null ? 0 : form.getVotesAgainst(),
                        form.getOfficialMembers());
                addItem(c, DossierItem.FORM_6);
                note = form.getVotesFor() + "/" + form.getOfficialMembers();
            }
            case COMMITTEE_RESOLVED -> {
                c.committeeResolution(on);
                addItem(c, DossierItem.FORM_8);
            }
            case DECIDED -> {
                String number = requireNumber(form);
                c.decision(number, on);
                addItem(c, DossierItem.FORM_9);
                note = number;
            }
            case PROBATION -> {
                if (form.getHelperId() == null) {
                    throw new BusinessRuleException("helperId", "development.error.helperRequired");
                }
                PersonRef helper = people.find(form.getHelperId()).filter(h -> h.partyStatus() == PartyStatus.OFFICIAL)
                        .orElseThrow(() -> new BusinessRuleException("helperId", "development.error.helperNotOfficial"));
                people.changePartyStatus(person.id(), PartyStatus.PROBATIONARY, on, "Kết nạp theo " + c.getDecisionNumber());
                c.ceremony(on, helper.id(), on.plusMonths(rules.probationMonths()));
                events.publishEvent(new CandidateAdmitted(person.id(), on, c.getDecisionNumber()));
                note = helper.fullName();
            }
            case RECOGNITION_RESOLVED -> {
                if (c.getProbationEnd() != null && on.isBefore(c.getProbationEnd())) {
                    throw new BusinessRuleException("on", "development.error.probationNotOver");
                }
                String self = limited("selfReview", form.getSelfReview());
                String comment = limited("helperComment", form.getHelperComment());
                if (self == null || comment == null) {
                    throw new BusinessRuleException(self == null ? "selfReview" : "helperComment", "validation.required");
                }
                votes(form, rules);
                c.recognitionResolution(self, comment, on, form.getVotesFor(),
                        form.getVotesAgainst() == null ? 0 : form.getVotesAgainst(), form.getOfficialMembers());
                note = form.getVotesFor() + "/" + form.getOfficialMembers();
            }
            case OFFICIAL -> {
                String number = requireNumber(form);
                c.recognitionDecision(number, on);
                LocalDate officialFrom = c.getProbationEnd() == null || c.getProbationEnd().isAfter(on) ? on : c.getProbationEnd();
                people.changePartyStatus(person.id(), PartyStatus.OFFICIAL, officialFrom, "Công nhận chính thức theo " + number);
                note = number;
            }
            case REMOVED -> {
                if (c.getStage() != Stage.PROBATION && c.getStage() != Stage.RECOGNITION_RESOLVED) {
                    throw new BusinessRuleException("stage", "development.error.order");
                }
                String reason = requireReason(form);
                people.changePartyStatus(person.id(), PartyStatus.STRUCK_OFF, on, reason);
                c.close(reason);
                note = reason;
            }
            case WITHDRAWN -> {
                if (c.getStage().ordinal() >= Stage.PROBATION.ordinal()) {
                    throw new BusinessRuleException("stage", "development.error.order");
                }
                String reason = requireReason(form);
                c.close(reason);
                note = reason;
            }
            default -> throw new BusinessRuleException("stage", "development.error.order");
        }
        return note;
    }

    private void requireIntroducer(Long id, PersonRef candidate) {
        if (id == null) {
            return;
        }
        PersonRef introducer = people.find(id).orElseThrow(() -> new BusinessRuleException("introducer1Id", "validation.required"));
        if (!DevelopmentAccess.mayNameIntroducer(CurrentUser.get(), introducer) || introducer.id() == candidate.id()) {
            throw new BusinessRuleException("introducer1Id", "development.eligibility.introducerNotOfficial", introducer.fullName());
        }
    }

    private void requireCertificate(StepForm form, LocalDate on) {
        if (form.getCertificateOn() == null) {
            throw new BusinessRuleException("certificateOn", "development.error.certificateRequired");
        }
        if (form.getCertificateOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("certificateOn", "validation.date.notFuture");
        }
        String number = VietnameseText.clean(form.getCertificateNumber());
        if (number != null && number.length() > 100) {
            throw new BusinessRuleException("certificateNumber", "development.error.tooLong", 100);
        }
    }

    private static void votes(StepForm form, DevelopmentRules rules) {
        Integer votesFor = form.getVotesFor();
        Integer members = form.getOfficialMembers();
        int against = form.getVotesAgainst() == null ? 0 : form.getVotesAgainst();
        if (votesFor == null || members == null) {
            throw new BusinessRuleException(votesFor == null ? "votesFor" : "officialMembers", "validation.required");
        }
        if (votesFor < 0 || against < 0 || members < 1 || votesFor + against > members) {
            throw new BusinessRuleException("votesFor", "development.error.votes");
        }
        if (!rules.approves(votesFor, members)) {
            throw new BusinessRuleException("votesFor", "development.error.majority", rules.approvalNumerator(),
                    rules.approvalDenominator(), votesFor, members);
        }
    }

    private static String requireNumber(StepForm form) {
        String number = VietnameseText.clean(form.getNumber());
        if (number == null) {
            throw new BusinessRuleException("number", "development.error.numberRequired");
        }
        if (number.length() > 100) {
            throw new BusinessRuleException("number", "development.error.tooLong", 100);
        }
        return number;
    }

    private static String requireReason(StepForm form) {
        String reason = VietnameseText.clean(form.getReason());
        if (reason == null) {
            throw new BusinessRuleException("reason", "development.error.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw new BusinessRuleException("reason", "development.error.tooLong", 1000);
        }
        return reason;
    }

    private static String limited(String field, String text) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned != null && cleaned.length() > 4000) {
            throw new BusinessRuleException(field, "development.error.tooLong", 4000);
        }
        return cleaned;
    }

    private static void addItem(Candidate c, DossierItem item) {
        Set<DossierItem> items = c.dossierItems();
        items.add(item);
        c.setDossierItems(items);
    }
}
