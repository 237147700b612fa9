package org.goveval.sitefarm.manifest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the functions check must report for a site, exactly; null where the site has nothing to judge (a site
 * without the content farm's pages). URLs are absolute, lists sorted.
 *
 * @param searchPresent the home page has a search form
 * @param searchWorks a search for a term from the home page returns results
 * @param interactionPresent a working 留言 / 写信 entry is linked
 * @param messagesListed public messages on the message list, invalid ones included
 * @param messagesAnsweredShare answered valid messages over valid messages, rounded to 4 decimals
 * @param overdueMessages the valid messages of the last year unanswered for more than 3 months, each as
 *     {@code title (asked YYYY-MM-DD)}
 * @param serviceGuides the 办事指南 pages
 * @param incompleteGuides each incomplete guide's URL and its missing key elements, in the order 事项名称, 设定依据,
 *     申请条件, 办理材料, 办理地点, 办理时间, 联系电话, 办理流程
 * @param brokenAttachments attachment and form links that do not download
 * @param privacyStatement a working privacy statement is linked
 * @param siteMap a working site map is linked
 * @param accessibilityEntry a working accessibility entry (长者模式 page) is linked
 * @param imagesWithoutAlt images without an alt attribute
 * @param unlabelledFormFields form fields without a label, each as {@code page tag name}
 */
public record FunctionsTruth(
        @Nullable Boolean searchPresent,
        @Nullable Boolean searchWorks,
        @Nullable Boolean interactionPresent,
        @Nullable Integer messagesListed,
        @Nullable Double messagesAnsweredShare,
        List<String> overdueMessages,
        @Nullable Integer serviceGuides,
        Map<String, List<String>> incompleteGuides,
        List<String> brokenAttachments,
        @Nullable Boolean privacyStatement,
        @Nullable Boolean siteMap,
        @Nullable Boolean accessibilityEntry,
        List<String> imagesWithoutAlt,
        List<String> unlabelledFormFields) {
    public FunctionsTruth {
        overdueMessages = List.copyOf(overdueMessages.stream().sorted().toList());
        Objects.requireNonNull(incompleteGuides, "incompleteGuides");
        TreeMap<String, List<String>> guides = new TreeMap<>();
        incompleteGuides.forEach((url, missing) -> guides.put(url, List.copyOf(missing)));
        incompleteGuides = java.util.Collections.unmodifiableMap(guides);
        brokenAttachments = List.copyOf(brokenAttachments.stream().sorted().toList());
        imagesWithoutAlt = List.copyOf(imagesWithoutAlt.stream().sorted().toList());
        unlabelledFormFields =
                List.copyOf(unlabelledFormFields.stream().sorted().toList());
    }

    /** Nothing to find: for manifests in tests that do not look at this part. */
    public static FunctionsTruth empty() {
        return new FunctionsTruth(
                null, null, null, null, null, List.of(), null, Map.of(), List.of(), null, null, null, List.of(),
                List.of());
    }
}
