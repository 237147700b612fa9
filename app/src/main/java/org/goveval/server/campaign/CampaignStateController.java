package org.goveval.server.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An admin moves a campaign to its next state (the buttons on the campaign page). A move the current state
 * does not allow (a stale page, a hand-made request, another admin's move first) changes nothing and answers
 * 409 with a page naming the state, the refused move and the moves allowed; every move is audited by
 * {@link Campaigns#move}.
 */
@Controller
public class CampaignStateController {
    private final Campaigns campaigns;

    public CampaignStateController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping("/campaigns/{id}/state")
    String move(
            @PathVariable long id,
            @RequestParam CampaignState to,
            Principal user,
            Model model,
            HttpServletResponse response) {
        Campaigns.Campaign campaign = campaigns
                .campaign(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no campaign " + id));
        try {
            campaigns.move(user.getName(), id, to);
        } catch (IllegalStateException refused) {
            // the state now, which may differ from the one the page was drawn in
            Campaigns.Campaign now = campaigns.campaign(id).orElse(campaign);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("campaign", now);
            model.addAttribute("to", to);
            return "campaign-move-refused";
        }
        return "redirect:/campaigns/" + id;
    }
}
