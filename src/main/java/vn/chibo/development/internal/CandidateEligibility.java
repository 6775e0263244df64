package vn.chibo.development.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonDirectory.PersonFacts;

/** The conditions a candidate must meet before the cell resolves on admission, with the dossier the rules require. */
@Component
class CandidateEligibility {

    private final DevelopmentRuleKind rulebooks;
    private final PersonDirectory people;
    private final Clock clock;

    CandidateEligibility(DevelopmentRuleKind rulebooks, PersonDirectory people, Clock clock) {
        this.rulebooks = rulebooks;
        this.people = people;
        this.clock = clock;
    }

    /** The problems with their arguments, for the candidate page and the cell's resolution. */
    List<Eligibility.Problem> check(Candidate c, LocalDate on) {
        DevelopmentRules rules = rulebooks.rulesFor(c.getOrgPath(), LocalDate.now(clock));
        PersonFacts facts = people.facts(c.getPersonId()).orElseThrow();
        List<Eligibility.Introducer> introducers = new ArrayList<>();
        introducers.add(introducer(c.getIntroducer1Id(), c.getIntroducer1Since()));
        introducers.add(introducer(c.getIntroducer2Id(), c.getIntroducer2Since()));
        List<Eligibility.Problem> problems = new ArrayList<>(Eligibility.check(facts, on, c.getCertificateOn(), introducers, rules));
        Set<DossierItem> items = c.dossierItems();
        for (String required : rules.dossierRequired()) {
            if (!items.contains(DossierItem.valueOf(required))) {
                problems.add(new Eligibility.Problem("dossier", "development.eligibility.dossierMissing",
                        required.replace("FORM_", "") + "-KNĐ"));
            }
        }
        return problems;
    }

    private Eligibility.Introducer introducer(Long id, LocalDate since) {
        return id == null ? null : new Eligibility.Introducer(people.facts(id).orElse(null), since);
    }
}
