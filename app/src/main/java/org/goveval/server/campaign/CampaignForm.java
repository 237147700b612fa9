package org.goveval.server.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * What the campaign form sends, as typed (so that a refused form shows it again unchanged), and its checks.
 * Dates are ISO ({@code 2021-05-01}, what {@code <input type=date>} sends); each may be left empty, and those
 * set must not go backwards: registration ≤ collection ≤ review ≤ publication.
 */
public class CampaignForm {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    /** The width of campaign.name (V1__server.sql). */
    static final int MAX_NAME = 300;

    /** The schedule's fields in the order their dates must keep. */
    static final List<String> SCHEDULE = List.of("registrationFrom", "collectionFrom", "reviewFrom", "publicationOn");

    private String campaignYear = "";
    private String name = "";
    private String systemId = "";
    private String registrationFrom = "";
    private String collectionFrom = "";
    private String reviewFrom = "";
    private String publicationOn = "";

    /** The checked values, ready to store. */
    record Values(
            int campaignYear,
            String name,
            String systemId,
            @Nullable LocalDate registrationFrom,
            @Nullable LocalDate collectionFrom,
            @Nullable LocalDate reviewFrom,
            @Nullable LocalDate publicationOn) {}

    static CampaignForm of(Campaigns.Campaign c) {
        CampaignForm form = new CampaignForm();
        form.campaignYear = String.valueOf(c.campaignYear());
        form.name = c.name();
        form.systemId = c.systemId();
        form.registrationFrom = text(c.registrationFrom());
        form.collectionFrom = text(c.collectionFrom());
        form.reviewFrom = text(c.reviewFrom());
        form.publicationOn = text(c.publicationOn());
        return form;
    }

    /**
     * Checks every field, each problem as a field error ({@code campaign.error.*} messages); the values when
     * there is none.
     */
    Optional<Values> check(List<String> systemIds, Errors errors) {
        Integer year = null;
        try {
            int y = Integer.parseInt(campaignYear.strip());
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                year = y;
            }
        } catch (NumberFormatException e) {
            // reported below, as a year out of range is
        }
        if (year == null) {
            errors.rejectValue(
                    "campaignYear",
                    "campaign.error.year",
                    new Object[] {String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)},
                    null);
        }
        String title = name.strip();
        if (title.isEmpty()) {
            errors.rejectValue("name", "campaign.error.required");
        } else if (title.length() > MAX_NAME) {
            errors.rejectValue("name", "campaign.error.nameTooLong", new Object[] {String.valueOf(MAX_NAME)}, null);
        }
        if (!systemIds.contains(systemId)) {
            errors.rejectValue("systemId", "campaign.error.system");
        }
        List<@Nullable LocalDate> dates = scheduleDates(errors);
        if (errors.hasErrors() || year == null) {
            return Optional.empty();
        }
        return Optional.of(new Values(year, title, systemId, dates.get(0), dates.get(1), dates.get(2), dates.get(3)));
    }

    /** The four dates (null where empty or unreadable); a date before an earlier step's is a field error. */
    private List<@Nullable LocalDate> scheduleDates(Errors errors) {
        List<String> texts = List.of(registrationFrom, collectionFrom, reviewFrom, publicationOn);
        List<@Nullable LocalDate> dates = new ArrayList<>();
        String latestField = null;
        LocalDate latest = null;
        for (int i = 0; i < texts.size(); i++) {
            String field = SCHEDULE.get(i);
            LocalDate date = null;
            if (!texts.get(i).isBlank()) {
                try {
                    date = LocalDate.parse(texts.get(i).strip());
                } catch (DateTimeParseException e) {
                    errors.rejectValue(field, "campaign.error.date", new Object[] {texts.get(i)}, null);
                }
            }
            if (date != null && latest != null && date.isBefore(latest)) {
                // named after the latest date before it, so that each wrong date points at what it must follow
                errors.rejectValue(
                        field,
                        "campaign.error.dateOrder",
                        new Object[] {
                            new DefaultMessageSourceResolvable("campaign.field." + latestField), latest.toString()
                        },
                        null);
            } else if (date != null) {
                latest = date;
                latestField = field;
            }
            dates.add(date);
        }
        return dates;
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String getCampaignYear() {
        return campaignYear;
    }

    public void setCampaignYear(@Nullable String campaignYear) {
        this.campaignYear = campaignYear == null ? "" : campaignYear;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(@Nullable String systemId) {
        this.systemId = systemId == null ? "" : systemId;
    }

    public String getRegistrationFrom() {
        return registrationFrom;
    }

    public void setRegistrationFrom(@Nullable String registrationFrom) {
        this.registrationFrom = registrationFrom == null ? "" : registrationFrom;
    }

    public String getCollectionFrom() {
        return collectionFrom;
    }

    public void setCollectionFrom(@Nullable String collectionFrom) {
        this.collectionFrom = collectionFrom == null ? "" : collectionFrom;
    }

    public String getReviewFrom() {
        return reviewFrom;
    }

    public void setReviewFrom(@Nullable String reviewFrom) {
        this.reviewFrom = reviewFrom == null ? "" : reviewFrom;
    }

    public String getPublicationOn() {
        return publicationOn;
    }

    public void setPublicationOn(@Nullable String publicationOn) {
        this.publicationOn = publicationOn == null ? "" : publicationOn;
    }
}
