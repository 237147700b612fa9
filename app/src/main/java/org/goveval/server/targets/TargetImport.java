package org.goveval.server.targets;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.campaign.MediaAccounts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a campaign's targets from a CSV or xlsx file, all or nothing: every problem of the file is
 * reported and nothing is written, or every target and website is created (and audited) in one transaction.
 */
@Service
public class TargetImport {
    /** What an import did. */
    public sealed interface Outcome {}

    /** Everything was created. */
    public record Imported(int targets, int websites) implements Outcome {}

    /** Nothing was written, because of these problems (in line order). */
    public record Rejected(List<ImportProblem> problems) implements Outcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Thrown, rolling the whole import back, when the database refuses a name that was free when the file was
     * checked (the check and the insert race another import or the target form).
     */
    public static final class NameTakenMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        NameTakenMeanwhile(ImportProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public ImportProblem problem() {
            return problem;
        }
    }

    private final Campaigns campaigns;
    private final MediaAccounts accounts;
    private final TargetValidator validator;

    public TargetImport(Campaigns campaigns, MediaAccounts accounts) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.validator = new TargetValidator(Divisions.bundled());
    }

    /**
     * Imports {@code bytes}, a file named {@code file} (problems name it), into campaign {@code campaignId},
     * which must exist.
     */
    @Transactional
    public Outcome importFile(String actor, long campaignId, String file, byte[] bytes) {
        TextTable table;
        try {
            table = TargetFileReader.read(file, bytes);
        } catch (TextTable.UnreadableException e) {
            return new Rejected(List.of(e.problem()));
        }
        // read inside the transaction that writes, so the names checked are the names written beside
        Set<String> existing = campaigns.targets(campaignId).stream()
                .map(Campaigns.Target::name)
                .collect(Collectors.toSet());
        TargetValidator.Validation validation = validator.validate(table, existing);
        if (!validation.ok()) {
            return new Rejected(validation.problems());
        }
        int websites = 0;
        for (int i = 0; i < validation.targets().size(); i++) {
            TargetEntry target = validation.targets().get(i);
            long id;
            try {
                id = campaigns.addTarget(
                        actor,
                        campaignId,
                        target.name(),
                        target.kind().name(),
                        target.divisionCode(),
                        target.officialOrder(),
                        target.rankingGroups());
            } catch (DuplicateKeyException e) {
                // the constraint target_campaign_name (V5): another import or form added the name after the
                // check above; a file with no problem has one target per line, so the i-th target is the i-th line
                throw new NameTakenMeanwhile(ImportProblem.of(
                        file, table.lines().get(i).number(), validation.columnName(), "nameTaken", target.name()));
            }
            for (TargetEntry.Website website : target.websites()) {
                campaigns.addWebsite(actor, id, website.url(), website.portal(), null);
                websites++;
            }
            for (MediaAccounts.Account account : target.accounts()) {
                accounts.add(actor, id, account.platform(), account.name(), account.handle(), null);
            }
        }
        return new Imported(validation.targets().size(), websites);
    }
}
