package org.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key the domain hands to the UI has an English and a Simplified Chinese text, and every text formats. */
class MessageBundleTest {

    private static Properties bundle(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/i18n/domain" + suffix + ".properties")) {
            assertThat(in).as("bundle %s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The problem keys the main code can produce, read from its sources so that a new key cannot be forgotten. */
    private static Set<String> problemKeysInSources() throws IOException {
        Pattern key = Pattern.compile("\"(problem\\.[A-Za-z]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static List<String> expectedKeys() throws IOException {
        List<String> keys = new ArrayList<>(problemKeysInSources());
        for (Kpi kpi : Kpi.values()) {
            keys.add(kpi.labelKey());
            keys.add(kpi.labelKey() + ".description");
        }
        for (IncentiveType type : IncentiveType.values()) {
            keys.add("incentiveType." + type.name());
            keys.add("incentiveType." + type.name() + ".amountMeaning");
        }
        for (KpiDirection direction : KpiDirection.values()) {
            keys.add("kpiDirection." + direction.name());
        }
        for (ItemKind kind : ItemKind.values()) {
            keys.add("item." + kind.name());
        }
        addFields(keys, "settings", ScenarioSettings.class);
        addFields(keys, "industry", Industry.class);
        addFields(keys, "incentive", Incentive.class);
        for (SampleScenario sample : SampleScenarios.all()) {
            keys.add(sample.nameKey());
            keys.add(sample.descriptionKey());
        }
        return keys;
    }

    private static void addFields(List<String> keys, String kind, Class<? extends Record> type) {
        Arrays.stream(type.getRecordComponents()).forEach(c -> keys.add("field." + kind + "." + c.getName()));
    }

    @Test
    void the_sources_produce_the_problem_keys_this_test_expects() throws IOException {
        assertThat(problemKeysInSources()).contains("problem.required", "problem.between", "problem.duplicateCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_en", "_zh_CN"})
    void every_key_has_a_text(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        assertThat(expectedKeys())
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void both_languages_have_the_same_keys() {
        assertThat(bundle("_zh_CN").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("_en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"_en", "_zh_CN"})
    void every_text_formats_with_arguments(String suffix) {
        Properties bundle = bundle(suffix);
        for (String key : bundle.stringPropertyNames()) {
            String text =
                    new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {2030, 2040, 2045.0});
            assertThat(text).as(key).doesNotContain("{");
        }
    }

    @Test
    void the_chinese_bundle_is_read_as_utf8_by_resource_bundles() {
        var zh = java.util.ResourceBundle.getBundle("i18n/domain", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString("kpi.netJobsFinal")).isEqualTo("净增就业（末年）");
        String formatted = new MessageFormat(zh.getString("problem.yearBetween"), Locale.SIMPLIFIED_CHINESE)
                .format(new Object[] {1950, 2100, 1900});
        assertThat(formatted).isEqualTo("必须是 1950 至 2100 之间的年份，当前为 1900");
    }
}
