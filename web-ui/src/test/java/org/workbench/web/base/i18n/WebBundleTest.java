package org.workbench.web.base.i18n;

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
import org.workbench.importers.Severity;
import org.workbench.web.account.Role;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.compare.ChartData;
import org.workbench.web.scenario.InputChange;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.VersionKind;

/**
 * The web app's bundles say the same things in English and Simplified Chinese, and every key the code asks for is
 * in some bundle: the keys are read from the sources, so that a new screen cannot forget its texts.
 */
class WebBundleTest {
    /** The bundles of this module; the domain's and the importers' have tests of their own. */
    private static final List<String> WEB_BUNDLES = WorkbenchI18nProvider.BUNDLES.stream()
            .filter(name -> !name.equals("i18n/domain") && !name.equals("i18n/importers"))
            .toList();

    /** A string literal that looks like a message key, e.g. {@code "upload.title"} or the prefix {@code "role."}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9-]+)*\\.?)\"");

    @Test
    void every_web_bundle_has_the_same_keys_in_english_and_chinese() {
        for (String name : WEB_BUNDLES) {
            Set<String> english = load(name, "_en").stringPropertyNames();
            Set<String> chinese = load(name, "_zh_CN").stringPropertyNames();
            assertThat(new TreeSet<>(chinese)).as("keys of %s_zh_CN", name).isEqualTo(new TreeSet<>(english));
        }
    }

    @Test
    void every_text_of_the_web_bundles_is_a_valid_message_pattern() {
        for (String name : WEB_BUNDLES) {
            for (String suffix : List.of("_en", "_zh_CN")) {
                Properties texts = load(name, suffix);
                for (String key : texts.stringPropertyNames()) {
                    // Throws on a broken pattern, such as an unquoted brace.
                    new MessageFormat(texts.getProperty(key), Locale.ROOT);
                }
            }
        }
    }

    @Test
    void every_key_literal_in_the_sources_is_in_a_bundle() throws IOException {
        Set<String> known = allKeys();
        Set<String> prefixes = new TreeSet<>();
        known.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        List<String> missing = new ArrayList<>();
        for (String literal : keyLiteralsInSources()) {
            // Only literals in a namespace the bundles use are keys; "styles/app.css" or "workbench.upload" are not.
            if (!prefixes.contains(literal.substring(0, literal.indexOf('.') + 1))) {
                continue;
            }
            // A prefix ("role." + name) or a stem (stem + ".title") needs a key that continues it.
            String stem = literal.endsWith(".") ? literal : literal + ".";
            boolean found = known.contains(literal) || known.stream().anyMatch(key -> key.startsWith(stem));
            if (!found) {
                missing.add(literal);
            }
        }
        assertThat(missing)
                .as("keys asked for in src/main/java but in no bundle")
                .isEmpty();
    }

    /** Keys made from an enum's names: each constant needs its text, not just the first one. */
    @Test
    void every_constant_of_an_enum_shown_by_name_has_its_text() {
        Set<String> known = allKeys();
        List<String> keys = new ArrayList<>();
        Arrays.stream(Role.values()).forEach(v -> keys.add("role." + v.name()));
        Arrays.stream(AuditAction.values()).forEach(v -> keys.add("audit.action." + v.name()));
        Arrays.stream(ScenarioStatus.values()).forEach(v -> keys.add("scenario.status." + v.name()));
        Arrays.stream(VersionKind.values()).forEach(v -> keys.add("scenario.history.kind." + v.name()));
        Arrays.stream(InputChange.Change.values())
                .filter(v -> v != InputChange.Change.CHANGED)
                .forEach(v -> keys.add("scenario.diff.change." + v.name()));
        Arrays.stream(ChartData.ChainStep.values()).forEach(v -> keys.add("compare.chain." + v.name()));
        Arrays.stream(Severity.values()).forEach(v -> keys.add("severity." + v.name()));
        SupportedLocales.ALL.forEach(locale -> keys.add("language." + locale.getLanguage()));
        assertThat(keys).allSatisfy(key -> assertThat(known).as("bundles").contains(key));
    }

    private static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (String name : WorkbenchI18nProvider.BUNDLES) {
            keys.addAll(load(name, "_en").stringPropertyNames());
        }
        return keys;
    }

    private static Set<String> keyLiteralsInSources() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(1).contains(".")) {
                        literals.add(m.group(1));
                    }
                }
            }
        }
        assertThat(literals).as("key literals found in the sources").isNotEmpty();
        return literals;
    }

    private static Properties load(String name, String suffix) {
        Properties properties = new Properties();
        String resource = "/" + name + suffix + ".properties";
        try (InputStream in = WebBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
