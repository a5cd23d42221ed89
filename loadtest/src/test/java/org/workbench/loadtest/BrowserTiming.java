package org.workbench.loadtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What one planner waits for in a real browser (Debian's Chromium, headless), to set beside the protocol-level
 * figures: an edit of the discount rate until the NPV card shows the new figure, and the Risk tab of a sample until
 * its Monte Carlo result and histogram are drawn. Run by {@code loadtest/run.sh --risk}, once on the idle app and
 * once while the virtual analysts run Monte Carlo.
 *
 * <p>Arguments: base URL, the demo password, {@code edits N} or {@code risk FIRST LAST} (scenario ids).
 */
public final class BrowserTiming {
    // Each differs from the one before and from the samples' 4%: every edit changes the NPV.
    private static final String[] RATES = {"0.06", "0.09", "0.05", "0.08", "0.03", "0.10"};

    private BrowserTiming() {}

    public static void main(String[] args) {
        String base = args[0];
        String password = args[1];
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))
                    .newPage();
            page.setDefaultTimeout(30_000);
            signIn(page, base, password);
            if (args[2].equals("edits")) {
                edits(page, base, Integer.parseInt(args[3]));
            } else {
                riskTabs(page, base, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            }
            browser.close();
        }
    }

    private static void signIn(Page page, String base, String password) {
        page.navigate(base + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("planner");
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static void edits(Page page, String base, int count) {
        page.navigate(base + "/scenarios/1");
        Locator rate = page.locator("#settings-discountRate input");
        Locator npv = page.locator("#kpi-npv");
        npv.waitFor();
        page.waitForTimeout(1000);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String before = npv.innerText();
            rate.fill(RATES[i % RATES.length]);
            long started = System.nanoTime();
            rate.press("Tab"); // the change goes to the server on leaving the field, as a user's would
            page.waitForFunction("old => document.querySelector('#kpi-npv').innerText !== old", before);
            millis.add((System.nanoTime() - started) / 1_000_000);
            page.waitForTimeout(250);
        }
        System.out.println("Chromium: edit of the discount rate to the new NPV on its card: " + summary(millis));
    }

    private static void riskTabs(Page page, String base, int first, int last) {
        List<Long> millis = new ArrayList<>();
        for (int id = first; id <= last; id++) {
            page.navigate(base + "/scenarios/" + id);
            page.locator("#kpi-npv").waitFor();
            page.waitForTimeout(500);
            long started = System.nanoTime();
            page.locator("vaadin-tab.risk-tab-label").click();
            page.locator("#risk-status[data-state=done]").waitFor();
            page.locator(".risk-tab .echart svg").first().waitFor();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        System.out.println("Chromium: Risk tab opened to its Monte Carlo result and histogram drawn (samples " + first
                + "-" + last + "): " + summary(millis));
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "n %d, p50 %d ms, p95 %d ms, max %d ms",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.getLast());
    }
}
