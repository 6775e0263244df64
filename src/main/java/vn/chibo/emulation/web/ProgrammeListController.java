package vn.chibo.emulation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.emulation.EmulationOverview.ProgrammeFigures;
import vn.chibo.emulation.internal.Programme;
import vn.chibo.emulation.internal.ProgrammeService;
import vn.chibo.rules.RulebookService;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.document.TableWorkbook;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.PeriodChoice;

/**
 * Kế hoạch triển khai mô hình (the emulation board): the programmes of the years a period touches, each with its
 * subjects, registrations, reviews and recognitions against its target within the account's scope; and its workbook.
 */
@Controller
class ProgrammeListController {

    private final ProgrammeService programmes;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeListController(ProgrammeService programmes, RulebookService rulebooks, OrganizationDirectory organizations,
                            MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
    }

    /** The programmes of the period, newest year first, and their figures within the account's scope. */
    record Listing(PeriodChoice choice, List<Programme> programmes, Map<Long, ProgrammeFigures> figures,
                   Map<Long, String> rulebookNames, Map<Long, String> organizationNames) {
    }

    Listing listing(String preset, String from, String to) {
        PeriodChoice choice = PeriodChoice.of(preset, from, to, LocalDate.now(clock), PeriodChoice.LAST_3);
        List<Programme> visible = programmes.visible().stream()
                .filter(p -> p.getYear() >= choice.from().getYear() && p.getYear() <= choice.to().getYear()).toList();
        var user = CurrentUser.get();
        String scope = user.isAdmin() ? "/" : user.scopePath();
        Map<Long, ProgrammeFigures> figures = new HashMap<>();
        visible.stream().map(Programme::getYear).distinct()
                .forEach(year -> programmes.ofYear(scope, year).forEach(f -> figures.put(f.programmeId(), f)));
        return new Listing(choice, visible, figures,
                visible.stream().map(Programme::getRulebookId).distinct()
                        .collect(Collectors.toMap(id -> id, id -> rulebooks.get(id).getNameVi())),
                visible.stream().map(Programme::getOrganizationId).distinct()
                        .collect(Collectors.toMap(id -> id, id -> organizations.find(id).map(OrganizationRef::name).orElse("?"))));
    }

    @GetMapping("/programmes")
    String list(@RequestParam(required = false) String preset, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Model model) {
        Listing listing = listing(preset, from, to);
        model.addAttribute("programmes", listing.programmes());
        model.addAttribute("figures", listing.figures());
        model.addAttribute("rulebookNames", listing.rulebookNames());
        model.addAttribute("organizationNames", listing.organizationNames());
        model.addAttribute("choice", listing.choice());
        model.addAttribute("periodKeep", Map.of());
        model.addAttribute("mayDeploy", rulebooks.mayAdapt());
        return "emulation/programmes";
    }

    @GetMapping("/programmes/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String preset, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        Listing listing = listing(preset, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of(text("programme.name"), text("programme.year"), text("programme.model"),
                text("programme.organization"), text("programme.target") + " (%)", text("programme.xlsx.subjects"),
                text("programme.stat.registered"), text("programme.xlsx.reviewed"), text("programme.xlsx.recognised"),
                text("programme.xlsx.targetCount"));
        List<List<Object>> rows = new ArrayList<>();
        for (Programme p : listing.programmes()) {
            ProgrammeFigures f = listing.figures().get(p.getId());
            rows.add(TableWorkbook.row(p.getName(), String.valueOf(p.getYear()), listing.rulebookNames().get(p.getRulebookId()),
                    listing.organizationNames().get(p.getOrganizationId()), p.getTargetPercent(),
                    f == null ? null : f.subjects(), f == null ? null : f.registered(), f == null ? null : f.reviewedThisPeriod(),
                    f == null ? null : f.recognised(), f == null ? null : f.target()));
        }
        PeriodChoice choice = listing.choice();
        return new TableWorkbook().sheet(text("programme.list.title"), List.of(text("programme.list.title"),
                        messages.getMessage("periodChoice.shown", new Object[] {choice.fromText(), choice.toText()}, locale)),
                headers, rows).download("ke-hoach-trien-khai-mo-hinh", LocalDate.now(clock));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
