package org.goveval.server.targets;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Optional;
import org.goveval.evaluation.ranking.RankingGroups;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * An admin adds, edits or removes one target (SecurityConfig). Evaluators may not: the targets are what a
 * campaign evaluates and ranks, set up by whoever runs it, as the import is. The form is checked by the
 * import's validator; a form with any problem comes back with an error beside each field (status 400) and
 * nothing is written. A removal or an edit that would delete a scanned website is refused
 * (409 for a removal, a field error for an edit): see {@link TargetEdits}.
 */
@Controller
public class TargetEditController {
    private final Campaigns campaigns;
    private final TargetEdits edits;
    private final TargetValidator validator = new TargetValidator(Divisions.bundled());

    private final MediaAccounts accounts;

    public TargetEditController(Campaigns campaigns, TargetEdits edits, MediaAccounts accounts) {
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.edits = edits;
    }

    @GetMapping("/campaigns/{id}/targets/new")
    String newTarget(@PathVariable long id, Model model) {
        return form(model, new TargetForm(), campaign(id), null);
    }

    @PostMapping("/campaigns/{id}/targets")
    String add(
            @PathVariable long id,
            @ModelAttribute("form") TargetForm form,
            BindingResult errors,
            Principal user,
            Model model,
            HttpServletResponse response) {
        Campaigns.Campaign campaign = campaign(id);
        Optional<TargetEntry> entry = form.check(validator, edits.otherNames(id, null), errors);
        if (entry.isPresent()) {
            try {
                long target = edits.add(user.getName(), id, entry.get());
                return "redirect:/targets/" + target;
            } catch (TargetEdits.NameTaken taken) {
                errors.rejectValue("name", "import.nameTaken", new Object[] {taken.name()}, null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, campaign, null);
    }

    @GetMapping("/targets/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Campaigns.Target target = target(id);
        return form(
                model,
                TargetForm.of(target, campaigns.websites(id), accounts.of(id)),
                campaign(target.campaignId()),
                target);
    }

    @PostMapping("/targets/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") TargetForm form,
            BindingResult errors,
            Principal user,
            Model model,
            HttpServletResponse response) {
        Campaigns.Target target = target(id);
        Optional<TargetEntry> entry = form.check(validator, edits.otherNames(target.campaignId(), id), errors);
        if (entry.isPresent()) {
            try {
                edits.update(user.getName(), id, entry.get());
                return "redirect:/targets/" + id;
            } catch (TargetEdits.NameTaken taken) {
                errors.rejectValue("name", "import.nameTaken", new Object[] {taken.name()}, null);
            } catch (TargetEdits.HasHistory history) {
                errors.rejectValue("urls", "target.error.websiteHasHistory", new Object[] {history.url()}, null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, campaign(target.campaignId()), target);
    }

    @PostMapping("/targets/{id}/delete")
    String remove(@PathVariable long id, Principal user, Model model, HttpServletResponse response) {
        Campaigns.Target target = target(id);
        try {
            edits.remove(user.getName(), id);
        } catch (TargetEdits.HasHistory history) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("target", target);
            model.addAttribute("campaign", campaign(target.campaignId()));
            model.addAttribute("url", history.url());
            return "target-remove-refused";
        }
        return "redirect:/campaigns/" + target.campaignId();
    }

    private String form(Model model, TargetForm form, Campaigns.Campaign campaign, Campaigns.@Nullable Target target) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("target", target);
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("groups", RankingGroups.all());
        return "target-form";
    }

    private Campaigns.Campaign campaign(long id) {
        return campaigns
                .campaign(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no campaign " + id));
    }

    private Campaigns.Target target(long id) {
        return campaigns
                .target(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no target " + id));
    }
}
