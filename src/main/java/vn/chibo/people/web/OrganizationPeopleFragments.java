package vn.chibo.people.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.people.internal.LeadershipAssignment;
import vn.chibo.people.internal.PersonFilter;
import vn.chibo.people.internal.PersonQuery;
import vn.chibo.people.internal.PersonService;

/** Parts of the organization page that show its people, loaded into it with HTMX. */
@Controller
@RequestMapping("/people/organization/{orgId}")
class OrganizationPeopleFragments {

    private final PersonQuery query;
    private final PersonService service;
    private final OrganizationDirectory organizations;

    OrganizationPeopleFragments(PersonQuery query, PersonService service, OrganizationDirectory organizations) {
        this.query = query;
        this.service = service;
        this.organizations = organizations;
    }

    @GetMapping("/members")
    String members(@PathVariable long orgId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("orgId", orgId);
        model.addAttribute("organization", organizations.requireVisible(orgId));
        model.addAttribute("result", query.search(new PersonFilter(null, "", orgId, null, page, 20)));
        return "people/fragments :: members";
    }

    @GetMapping("/leaders")
    String leaders(@PathVariable long orgId, Model model) {
        var leaders = service.currentLeaders(orgId);
        model.addAttribute("leaders", leaders);
        model.addAttribute("names", service.namesOf(leaders.stream().map(LeadershipAssignment::getPersonId)
                .collect(Collectors.toSet())));
        return "people/fragments :: leaders";
    }

    /** Checkboxes of the organization's direct people, for choosing who goes to a split-off organization. */
    @GetMapping("/select")
    String select(@PathVariable long orgId, Model model) {
        var organization = organizations.requireVisible(orgId);
        model.addAttribute("people", query.directPeople(orgId));
        model.addAttribute("organization", organization);
        return "people/fragments :: select";
    }
}
