package vn.chibo.emulation.internal;

import vn.chibo.rules.RulebookDefinition;
import vn.chibo.rules.RulebookService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.NotFoundException;

/** The plan of a registration: what will be done for each criterion, by whom, by when, and how far it has got. */
@Component
class RegistrationPlans {

    private final PlanItemRepository planItems;
    private final ProgrammeRegistrations registrations;
    private final ProgrammeDeployment deployment;
    private final RulebookService rulebooks;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;

    RegistrationPlans(PlanItemRepository planItems, ProgrammeRegistrations registrations, ProgrammeDeployment deployment,
                      RulebookService rulebooks, PersonDirectory people, ApplicationEventPublisher events) {
        this.planItems = planItems;
        this.registrations = registrations;
        this.deployment = deployment;
        this.rulebooks = rulebooks;
        this.people = people;
        this.events = events;
    }

    List<PlanItem> planItems(long registrationId) {
        registrations.registration(registrationId);
        return planItems.findByRegistrationIdOrderByCriterionCodeAscIdAsc(registrationId);
    }

    PlanItem addPlanItem(long registrationId, String criterionCode, String content, Long responsibleId, LocalDate dueDate) {
        Registration registration = registrations.registration(registrationId);
        registrations.requireMayWorkOn(registration);
        RulebookDefinition definition = rulebooks.definition(deployment.rulebookOf(registrations.programmeOf(registration)));
        if (definition.criteria().stream().noneMatch(c -> c.code().equals(criterionCode))) {
            throw new BusinessRuleException("criterionCode", "programme.error.criterion");
        }
        String text = VietnameseText.clean(content);
        if (text == null || text.length() > 1000) {
            throw new BusinessRuleException("content", "programme.error.content");
        }
        if (responsibleId != null && people.find(responsibleId)
                .filter(p -> p.partyStatus().isCurrent() && p.orgPath().startsWith(registration.getOrgPath())).isEmpty()) {
            // the same answer whether the id exists elsewhere or not at all: nothing to learn by probing ids
            throw new BusinessRuleException("responsibleId", "programme.error.responsible");
        }
        PlanItem item = planItems.save(new PlanItem(registrationId, criterionCode, text, responsibleId, dueDate));
        events.publishEvent(AuditRecord.of("CREATE", "PlanItem", item.getId(), registration.getOrgPath(), text,
                Changes.created(Map.of("criterion", criterionCode, "content", text))));
        return item;
    }

    PlanItem updatePlanItem(long registrationId, long itemId, PlanItem.Status status, String note, Long version) {
        Registration registration = registrations.registration(registrationId);
        registrations.requireMayWorkOn(registration);
        PlanItem item = planItems.findById(itemId).filter(i -> i.getRegistrationId() == registrationId)
                .orElseThrow(() -> new NotFoundException("PlanItem", itemId));
        if (version == null || version != item.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, Object> before = new HashMap<>(Map.of("status", item.getStatus()));
        item.update(status, VietnameseText.clean(note));
        events.publishEvent(AuditRecord.of("UPDATE", "PlanItem", item.getId(), registration.getOrgPath(), item.getContent(),
                Changes.between(before, Map.of("status", status))));
        return item;
    }
}
