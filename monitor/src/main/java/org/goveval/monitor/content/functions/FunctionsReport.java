package org.goveval.monitor.content.functions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the site offers; null where the scan could not tell.
 *
 * @param searchPresent a site search form or entry is on the home page
 * @param searchWorks a search for a term taken from the home page returned results
 * @param interactionPresent an interaction channel (留言, 咨询, 信箱) is linked
 * @param messagesListed public messages the scan read
 * @param messagesAnsweredShare the share (0–1) of those answered
 * @param unansweredOverThreeMonths valid messages of the last year left unanswered for more than 3 months
 * @param serviceGuides 办事指南 pages read
 * @param incompleteServiceGuides those lacking a key element
 * @param privacyStatement a privacy statement is linked
 * @param siteMap a site map is linked
 * @param searchTerm the term searched for
 * @param searchResults the results the search answered: the count it states, else the result links it lists
 * @param overdueMessages each valid message counted in {@code unansweredOverThreeMonths}
 * @param incompleteGuides each guide counted in {@code incompleteServiceGuides}, with its missing elements
 * @param attachmentsChecked attachment and form links (pdf, doc, xls, zip …) the scan judged
 * @param brokenAttachments those that do not download, sorted
 * @param accessibilityEntry a working accessibility entry (无障碍, 长者模式) is linked; null when the only
 *     entries are scripts the scan cannot judge
 * @param htmlLang the home page's {@code <html lang>}; null when absent
 * @param images distinct images on the crawled pages
 * @param imageAltShare the share (0–1) of those with an alt attribute everywhere they appear
 * @param imagesWithoutAlt the others, sorted
 * @param formFields distinct form fields on the crawled pages
 * @param unlabelledFormFields fields without an accessible name, each as {@code page tag name}, sorted
 */
public record FunctionsReport(
        @Nullable Boolean searchPresent,
        @Nullable Boolean searchWorks,
        @Nullable Boolean interactionPresent,
        @Nullable Integer messagesListed,
        @Nullable Double messagesAnsweredShare,
        @Nullable Integer unansweredOverThreeMonths,
        @Nullable Integer serviceGuides,
        @Nullable Integer incompleteServiceGuides,
        @Nullable Boolean privacyStatement,
        @Nullable Boolean siteMap,
        @Nullable String searchTerm,
        @Nullable Integer searchResults,
        List<OverdueMessage> overdueMessages,
        List<IncompleteGuide> incompleteGuides,
        @Nullable Integer attachmentsChecked,
        List<String> brokenAttachments,
        @Nullable Boolean accessibilityEntry,
        @Nullable String htmlLang,
        @Nullable Integer images,
        @Nullable Double imageAltShare,
        List<String> imagesWithoutAlt,
        @Nullable Integer formFields,
        List<String> unlabelledFormFields) {
    public FunctionsReport {
        overdueMessages = List.copyOf(overdueMessages);
        incompleteGuides = List.copyOf(incompleteGuides);
        brokenAttachments = List.copyOf(brokenAttachments);
        imagesWithoutAlt = List.copyOf(imagesWithoutAlt);
        unlabelledFormFields = List.copyOf(unlabelledFormFields);
    }

    /** The first ten facts only, the rest unknown (null) or none: for code that reads those alone. */
    public FunctionsReport(
            @Nullable Boolean searchPresent,
            @Nullable Boolean searchWorks,
            @Nullable Boolean interactionPresent,
            @Nullable Integer messagesListed,
            @Nullable Double messagesAnsweredShare,
            @Nullable Integer unansweredOverThreeMonths,
            @Nullable Integer serviceGuides,
            @Nullable Integer incompleteServiceGuides,
            @Nullable Boolean privacyStatement,
            @Nullable Boolean siteMap) {
        this(
                searchPresent,
                searchWorks,
                interactionPresent,
                messagesListed,
                messagesAnsweredShare,
                unansweredOverThreeMonths,
                serviceGuides,
                incompleteServiceGuides,
                privacyStatement,
                siteMap,
                null,
                null,
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of());
    }
}
