package org.goveval.server.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
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
 * An admin creates a campaign or edits its year, name, indicator system and schedule (SecurityConfig). A form
 * with any problem is shown again with an error beside each field (status 400) and nothing is written.
 */
@Controller
public class CampaignEditController {
    private final Campaigns campaigns;

    public CampaignEditController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/new")
    String newCampaign(Model model) {
        return form(model, new CampaignForm(), null);
    }

    @PostMapping("/campaigns")
    String create(
            @ModelAttribute("form") CampaignForm form,
            BindingResult errors,
            Principal user,
            Model model,
            HttpServletResponse response) {
        Optional<CampaignForm.Values> values = form.check(systemIds(), errors);
        if (values.isPresent()) {
            try {
                long id = campaigns.create(user.getName(), values.get());
                return "redirect:/campaigns/" + id;
            } catch (Campaigns.NameTaken taken) {
                errors.rejectValue("name", "campaign.error.nameTaken");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, null);
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Campaigns.Campaign campaign = require(id);
        return form(model, CampaignForm.of(campaign), campaign);
    }

    @PostMapping("/campaigns/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") CampaignForm form,
            BindingResult errors,
            Principal user,
            Model model,
            HttpServletResponse response) {
        Campaigns.Campaign campaign = require(id);
        Optional<CampaignForm.Values> values = form.check(systemIds(), errors);
        // targets were registered and monitored for the system the campaign began with
        if (values.isPresent()
                && campaign.state() != CampaignState.INITIAL
                && !values.get().systemId().equals(campaign.systemId())) {
            errors.rejectValue("systemId", "campaign.error.systemFixed");
            values = Optional.empty();
        }
        if (values.isPresent()) {
            try {
                campaigns.update(user.getName(), id, values.get());
                return "redirect:/campaigns/" + id;
            } catch (Campaigns.NameTaken taken) {
                errors.rejectValue("name", "campaign.error.nameTaken");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, campaign);
    }

    private String form(Model model, CampaignForm form, Campaigns.@Nullable Campaign campaign) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("systems", campaigns.systems());
        return "campaign-form";
    }

    private List<String> systemIds() {
        return campaigns.systems().stream().map(Campaigns.SystemChoice::id).toList();
    }

    private Campaigns.Campaign require(long id) {
        return campaigns
                .campaign(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no campaign " + id));
    }
}
