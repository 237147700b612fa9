package org.goveval.server.campaign;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An admin moves a campaign to its next state (the buttons on the campaign page). A move the current state
 * does not allow is refused with 409 and changes nothing; every move is audited by {@link Campaigns#move}.
 */
@Controller
public class CampaignStateController {
    private final Campaigns campaigns;

    public CampaignStateController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping("/campaigns/{id}/state")
    String move(@PathVariable long id, @RequestParam CampaignState to, Principal user) {
        if (campaigns.campaign(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no campaign " + id);
        }
        try {
            campaigns.move(user.getName(), id, to);
        } catch (IllegalStateException refused) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, refused.getMessage(), refused);
        }
        return "redirect:/campaigns/" + id;
    }
}
