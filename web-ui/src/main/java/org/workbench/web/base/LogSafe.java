package org.workbench.web.base;

import org.jspecify.annotations.Nullable;

/**
 * Values from users (typed names, headers, file names) made safe for the application log: control characters and
 * line or paragraph separators are written as escapes, so that nobody can forge a log line, and overlong values are
 * cut.
 */
public final class LogSafe {
    static final int MAX_LENGTH = 200;

    private LogSafe() {}

    public static String text(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        var out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX_LENGTH && text.length() > MAX_LENGTH) {
            out.append('…');
        }
        return out.toString();
    }
}
