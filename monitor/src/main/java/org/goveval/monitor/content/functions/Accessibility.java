package org.goveval.monitor.content.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Basic 适老化/无障碍 facts of the crawled pages: the home page's language, images without an alt attribute,
 * form fields without an accessible name. One finding per page for images and per page for fields.
 */
final class Accessibility {
    private final FunctionsObserver observer;
    private final Cited cited;
    private final Map<String, String> images;
    private final Map<String, String> fields;

    Accessibility(FunctionsObserver observer, Cited cited) {
        this.observer = observer;
        this.cited = cited;
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
        long withAlt = images.values().stream().filter(String::isEmpty).count();
        return Math.round(10_000.0 * withAlt / images.size()) / 10_000.0;
    }

    List<String> imagesWithoutAlt() {
        return images.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    @Nullable
    Integer formFields() {
        return observer.home().isEmpty() ? null : fields.size();
    }

    List<String> unlabelledFormFields() {
        return fields.values().stream().filter(v -> !v.isEmpty()).sorted().toList();
    }

    void report(Evidence home, List<Finding> findings) {
        if (observer.home().isPresent() && observer.homeLang().isEmpty()) {
            findings.add(new Finding(
                    FunctionsCheck.NAME,
                    "HTML_LANG_MISSING",
                    Finding.Severity.WARNING,
                    "首页未声明页面语言（<html lang>），读屏软件无法正确朗读。",
                    List.of(home)));
        }
        Map<String, List<String>> byPage = new TreeMap<>();
        images.forEach((src, page) -> {
            if (!page.isEmpty()) {
                byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(src);
            }
        });
        byPage.forEach((page, srcs) -> findings.add(new Finding(
                FunctionsCheck.NAME,
                "IMAGE_ALT_MISSING",
                Finding.Severity.WARNING,
                "页面有 " + srcs.size() + " 张图片缺少替代文本（alt）。",
                List.of(cited.page(page, "缺少 alt 的图片：" + String.join(" ", srcs))))));
        Map<String, List<String>> fieldsByPage = new TreeMap<>();
        for (String field : unlabelledFormFields()) {
            int space = field.indexOf(' ');
            fieldsByPage
                    .computeIfAbsent(field.substring(0, space), p -> new ArrayList<>())
                    .add(field.substring(space + 1));
        }
        fieldsByPage.forEach((page, names) -> findings.add(new Finding(
                FunctionsCheck.NAME,
                "FORM_FIELD_UNLABELLED",
                Finding.Severity.WARNING,
                "页面有 " + names.size() + " 个表单项没有标签（label）。",
                List.of(cited.page(page, "无标签的表单项：" + String.join("，", names))))));
    }
}
