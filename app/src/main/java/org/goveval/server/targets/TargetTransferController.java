package org.goveval.server.targets;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.goveval.server.campaign.Campaigns;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A campaign's targets as a file: export as CSV or xlsx, import from either (admins only, SecurityConfig). */
@Controller
public class TargetTransferController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Campaigns campaigns;
    private final TargetImport imports;
    private final TargetExport exports;
    private final MessageSource messages;

    public TargetTransferController(
            Campaigns campaigns, TargetImport imports, TargetExport exports, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/campaigns/{id}/targets.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        requireCampaign(id);
        return download(exports.csv(id), CSV, "campaign-" + id + "-targets.csv");
    }

    @GetMapping("/campaigns/{id}/targets.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        requireCampaign(id);
        return download(exports.xlsx(id), XLSX, "campaign-" + id + "-targets.xlsx");
    }

    /**
     * Imports an uploaded file: back to the dashboard when every target was created, else the list of
     * problems with status 422 and nothing written.
     */
    @PostMapping("/campaigns/{id}/targets/import")
    String importFile(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            Principal user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        Campaigns.Campaign campaign = requireCampaign(id);
        TargetImport.Outcome outcome;
        try {
            outcome = imports.importFile(user.getName(), id, fileName(file), file.getBytes());
        } catch (TargetImport.NameTakenMeanwhile e) {
            outcome = new TargetImport.Rejected(List.of(e.problem()));
        }
        if (outcome instanceof TargetImport.Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("campaign", campaign);
            model.addAttribute(
                    "problems",
                    rejected.problems().stream()
                            .map(p -> p.describe(messages, locale))
                            .toList());
            return "targets-import";
        }
        redirect.addFlashAttribute("imported", outcome);
        return "redirect:/campaigns/" + id;
    }

    private Campaigns.Campaign requireCampaign(long id) {
        return campaigns
                .campaign(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no campaign " + id));
    }

    /** The upload's own name without any folder a browser may send with it; problems are named after it. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
