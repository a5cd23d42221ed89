package org.workbench.web.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 100,000 most common passwords as shipped in the nbvcxz library's dictionary (MIT licence), compared without
 * regard to case. Loaded once, on first use.
 */
final class CommonPasswords {
    static final String RESOURCE = "dictionaries/passwords.txt";

    private CommonPasswords() {}

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    static boolean contains(String password) {
        return Holder.WORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.WORDS.size();
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The common-password list " + RESOURCE + " is not on the classpath");
        }
        Set<String> words = new HashSet<>(150_000);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
