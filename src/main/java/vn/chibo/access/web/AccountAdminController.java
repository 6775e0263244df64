package vn.chibo.access.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.access.internal.Account;
import vn.chibo.access.internal.AccountForm;
import vn.chibo.access.internal.AccountService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.FormErrors;

/** System administrators manage accounts: role, bound person, scope, enabled, unlock, password reset. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final Clock clock;

    AccountAdminController(AccountService accounts, OrganizationDirectory organizations, PersonDirectory people, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        var all = accounts.all();
        model.addAttribute("accounts", all);
        model.addAttribute("organizationNames", all.stream().map(Account::getScopeOrgId).filter(Objects::nonNull)
                .distinct().collect(Collectors.toMap(id -> id,
                        id -> organizations.find(id).map(OrganizationRef::name).orElse("?"))));
        model.addAttribute("personNames", all.stream().map(Account::getPersonId).filter(Objects::nonNull)
                .distinct().collect(Collectors.toMap(id -> id,
                        id -> people.find(id).map(PersonRef::fullName).orElse("?"))));
        model.addAttribute("now", clock.instant());
        return "access/accounts";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new AccountForm());
        return "access/account-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        describe(form, model);
        if (binding.hasErrors()) {
            return "access/account-form";
        }
        try {
            accounts.createAccount(form);
            redirect.addFlashAttribute("message", "account.created");
            return "redirect:/admin/accounts";
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "access/account-form";
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Account account = accounts.get(id);
        AccountForm form = AccountForm.of(account);
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        describe(form, model);
        return "access/account-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        form.setUsername(account.getUsername());
        model.addAttribute("account", account);
        describe(form, model);
        if (binding.hasErrors()) {
            return "access/account-form";
        }
        try {
            accounts.updateAccount(id, form);
            redirect.addFlashAttribute("message", "account.updated");
            return "redirect:/admin/accounts";
        } catch (BusinessRuleException e) {
            FormErrors.reject(binding, e);
            return "access/account-form";
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("message", "account.unlocked");
        return "redirect:/admin/accounts";
    }

    private void describe(AccountForm form, Model model) {
        model.addAttribute("selectedOrganization", form.getScopeOrgId() == null ? null
                : organizations.find(form.getScopeOrgId()).orElse(null));
        model.addAttribute("selectedPerson", form.getPersonId() == null ? null
                : people.find(form.getPersonId()).orElse(null));
    }
}
