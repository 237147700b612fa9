package org.goveval.monitor.content.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Basic 适老化/无障碍 facts of the crawled pages: the home page's language, images without an alt attribute,
 * form fields without an accessible name. One finding per page for images and per page for fields.
 */
final class Accessibility {
    private final FunctionsObserver observer;
    private final Map<String, FunctionsObserver.Flaw> images;
    private final Map<String, FunctionsObserver.Flaw> fields;

    Accessibility(FunctionsObserver observer) {
        this.observer = observer;
        this.images = observer.images();
        this.fields = observer.fields();
    }

    @Nullable
    Integer images() {
        return observer.home().isEmpty() ? null : images.size();
    }

    @Nullable
    Double imageAltShare() {
        if (images.isEmpty()) {
            return null;
        }
        long withAlt = images.values().stream().filter(f -> !f.flawed()).count();
        return Math.round(10_000.0 * withAlt / images.size()) / 10_000.0;
    }

    List<String> imagesWithoutAlt() {
        return images.entrySet().stream()
                .filter(e -> e.getValue().flawed())
                .map(Map.Entry::getKey)
                .toList();
    }

    @Nullable
    Integer formFields() {
        return observer.home().isEmpty() ? null : fields.size();
    }

    List<String> unlabelledFormFields() {
        return fields.values().stream()
                .filter(FunctionsObserver.Flaw::flawed)
                .map(FunctionsObserver.Flaw::description)
                .sorted()
                .toList();
    }

    void report(Evidence home, List<Finding> findings) {
        if (observer.home().isPresent() && observer.home().get().lang().isEmpty()) {
            findings.add(new Finding(
                    FunctionsCheck.NAME,
                    "HTML_LANG_MISSING",
                    Finding.Severity.WARNING,
                    "首页未声明页面语言（<html lang>），读屏软件无法正确朗读。",
                    List.of(home)));
        }
        Map<String, List<String>> byPage = new TreeMap<>();
        Map<String, CitablePage> pages = new TreeMap<>();
        images.forEach((src, flaw) -> {
            if (flaw.flawed()) {
                byPage.computeIfAbsent(flaw.description(), p -> new ArrayList<>())
                        .add(src);
                pages.putIfAbsent(flaw.description(), Objects.requireNonNull(flaw.page()));
            }
        });
        byPage.forEach((page, srcs) -> findings.add(new Finding(
                FunctionsCheck.NAME,
                "IMAGE_ALT_MISSING",
                Finding.Severity.WARNING,
                "页面有 " + srcs.size() + " 张图片缺少替代文本（alt）。",
                List.of(pages.get(page).cite("缺少 alt 的图片：" + String.join(" ", srcs))))));
        Map<String, List<String>> fieldsByPage = new TreeMap<>();
        Map<String, CitablePage> fieldPages = new TreeMap<>();
        fields.values().stream()
                .filter(FunctionsObserver.Flaw::flawed)
                .sorted(java.util.Comparator.comparing(FunctionsObserver.Flaw::description))
                .forEach(flaw -> {
                    String field = flaw.description();
                    int space = field.indexOf(' ');
                    String page = field.substring(0, space);
                    fieldsByPage.computeIfAbsent(page, p -> new ArrayList<>()).add(field.substring(space + 1));
                    fieldPages.putIfAbsent(page, Objects.requireNonNull(flaw.page()));
                });
        fieldsByPage.forEach((page, names) -> findings.add(new Finding(
                FunctionsCheck.NAME,
                "FORM_FIELD_UNLABELLED",
                Finding.Severity.WARNING,
                "页面有 " + names.size() + " 个表单项没有标签（label）。",
                List.of(fieldPages.get(page).cite("无标签的表单项：" + String.join("，", names))))));
    }
}
