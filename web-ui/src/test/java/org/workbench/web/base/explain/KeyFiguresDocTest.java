package org.workbench.web.base.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.workbench.domain.Kpi;

/**
 * The app's definitions of the key figures are the doc's: the "Key figures" block of docs/calculation-model.md is
 * generated from the explain bundles, and this test fails when it was edited by hand or a definition changed
 * without writing it again ({@code -Dexplain.writeDoc=true} writes it).
 */
class KeyFiguresDocTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOC = REPOSITORY.resolve("docs/calculation-model.md");
    private static final String BEGIN =
            "<!-- key-figures:begin (generated; edit the explain bundles, not this block) -->";
    private static final String END = "<!-- key-figures:end -->";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void every_key_figure_has_a_definition_in_english_and_in_chinese() {
        assertThat(FigureDefinitions.keys())
                .containsAll(Stream.of(Kpi.values()).map(Kpi::key).toList())
                .contains(FigureDefinitions.PROBABILITY_OF_LOSS);
        for (String key : FigureDefinitions.keys()) {
            FigureDefinition english = FigureDefinitions.of(key, Locale.ENGLISH);
            FigureDefinition chinese = FigureDefinitions.of(key, Locale.SIMPLIFIED_CHINESE);
            for (FigureDefinition definition : List.of(english, chinese)) {
                assertThat(List.of(
                                definition.label(),
                                definition.formula(),
                                definition.unit(),
                                definition.empty(),
                                definition.omits(),
                                definition.uses()))
                        .as("%s", key)
                        .allSatisfy(text -> assertThat(text).isNotBlank());
            }
            // Formulas are symbols in both languages; every part in words must really be Chinese.
            for (String words : List.of(chinese.label(), chinese.unit(), chinese.omits(), chinese.uses())) {
                assertThat(HAN.matcher(words).find())
                        .as("%s in Chinese: %s", key, words)
                        .isTrue();
            }
            assertThat(english.omits()).as(key).isNotEqualTo(chinese.omits());
            assertThat(HAN.matcher(english.omits() + english.uses() + english.formula())
                            .find())
                    .as("%s in English", key)
                    .isFalse();
        }
    }

    @Test
    void the_docs_key_figures_block_is_the_text_the_app_shows() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("the block's begin marker in %s", DOC).isNotNegative();
        assertThat(end).as("the block's end marker").isGreaterThan(begin);
        String expected = "\n" + generated();
        String actual = doc.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("explain.writeDoc") && !actual.equals(expected)) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + expected + doc.substring(end));
            actual = expected;
        }
        assertThat(actual)
                .as("the generated block of docs/calculation-model.md")
                .isEqualTo(expected);
        for (String key : FigureDefinitions.keys()) {
            assertThat(actual)
                    .contains(FigureDefinitions.of(key, Locale.ENGLISH).omits())
                    .contains(
                            FigureDefinitions.of(key, Locale.SIMPLIFIED_CHINESE).omits());
        }
    }

    @Test
    void the_calculation_model_doc_sends_the_reader_nowhere_outside_the_repository() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        // No step up out of the repository and no link to a file on somebody's machine.
        assertThat(doc).doesNotContainPattern("\\.\\./").doesNotContainPattern("file:/");
        Matcher links = Pattern.compile("\\]\\(([^)#\\s]+)").matcher(doc);
        List<String> outside = new ArrayList<>();
        while (links.find()) {
            String target = links.group(1);
            if (target.startsWith("http://") || target.startsWith("https://")) {
                outside.add(target);
                continue;
            }
            Path resolved = DOC.getParent().resolve(target).normalize();
            if (!resolved.startsWith(REPOSITORY) || !Files.exists(resolved)) {
                outside.add(target);
            }
        }
        assertThat(outside)
                .as("links that leave the repository or lead nowhere")
                .isEmpty();
    }

    private static String generated() {
        return FigureDefinitions.markdown(Locale.ENGLISH) + "### 关键指标定义（简体中文）\n\n"
                + FigureDefinitions.markdown(Locale.SIMPLIFIED_CHINESE);
    }
}
