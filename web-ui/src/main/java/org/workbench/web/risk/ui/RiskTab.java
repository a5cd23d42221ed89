package org.workbench.web.risk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.Scenario;
import org.workbench.web.base.Formats;
import org.workbench.web.risk.Affordability;
import org.workbench.web.risk.RiskBusyException;
import org.workbench.web.risk.RiskResult;
import org.workbench.web.risk.RiskRun;
import org.workbench.web.risk.RiskService;

/**
 * The Risk tab of a scenario: Monte Carlo of its current inputs, run off the UI thread and pushed to the page, with
 * progress and cancel; the npv's distribution, the fan of the cumulative net fiscal flow, the tornado; and whether
 * the city can afford it. Opening the tab runs Monte Carlo of inputs it has no result for (or shows the cached one at
 * once); after an edit the result shown is marked as of the older inputs until it is run again. Nothing here changes
 * an input, so a viewer sees the same tab.
 */
@StyleSheet("styles/risk.css")
public class RiskTab extends VerticalLayout {
    private final RiskService service;
    private final long scenarioId;
    private final Consumer<MonteCarloResult> onResult;
    private final AffordabilityBadge badge = new AffordabilityBadge();
    private final AffordabilitySection affordability = new AffordabilitySection();
    private final RiskResults results = new RiskResults();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span staleNote = new Span();
    private final Paragraph certainNote = new Paragraph();

    private @Nullable Scenario scenario;
    private @Nullable Scenario shownFor;
    private @Nullable RiskRun running;
    private @Nullable Scenario runningFor;
    private @Nullable Affordability affordabilityShown;
    private boolean affordabilityPending;
    private boolean listening;

    /**
     * @param canChangeInputs false for a viewer or an archived scenario: the tab says the inputs are read-only
     * @param onResult told each finished result on the UI thread, e.g. for the key figures' P5–P95
     */
    public RiskTab(RiskService service, long scenarioId, boolean canChangeInputs, Consumer<MonteCarloResult> onResult) {
        this.service = service;
        this.scenarioId = scenarioId;
        this.onResult = onResult;
        addClassName("risk-tab");
        setPadding(false);

        var intro = new Paragraph(getTranslation(canChangeInputs ? "risk.intro" : "risk.intro.readOnly"));
        intro.addClassName(canChangeInputs ? "risk-intro" : "risk-read-only");
        run.setText(getTranslation("risk.run"));
        run.setIcon(VaadinIcon.PLAY.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("risk-run");
        run.addClickListener(e -> start());
        cancel.setText(getTranslation("risk.cancel"));
        cancel.setId("risk-cancel");
        cancel.addClickListener(e -> cancelRun(true));
        cancel.setVisible(false);
        progress.addClassName("risk-progress");
        progress.setVisible(false);
        progress.setWidth("12rem");
        status.addClassName("risk-status");
        status.setId("risk-status");
        staleNote.setText(getTranslation("risk.stale"));
        staleNote.addClassName("risk-stale");
        staleNote.setVisible(false);
        certainNote.setText(getTranslation("risk.certain"));
        certainNote.addClassName("risk-certain");
        certainNote.setVisible(false);
        var controls = new HorizontalLayout(run, progress, cancel, status);
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        controls.addClassName("risk-controls");
        add(new H3(getTranslation("risk.title")), intro, controls, staleNote, certainNote, results, affordability);
        addAttachListener(this::attached);
    }

    /** The header's warning, kept up to date with the inputs. */
    public Component warningBadge() {
        return badge;
    }

    /**
     * The inputs as they are now; null when they are invalid (nothing can run then). Cheap: the result is looked up
     * only while the tab is shown, and the budget figures are computed after the rest of the edit has gone out.
     */
    public void setScenario(@Nullable Scenario inputs) {
        scenario = inputs;
        run.setEnabled(inputs != null && running == null);
        if (inputs == null) {
            staleNote.setVisible(shownFor != null);
            return;
        }
        if (runningFor != null && !runningFor.equals(inputs)) {
            cancelRun(false);
        }
        if (shownFor != null && !shownFor.equals(inputs) && isAttached()) {
            service.cached(scenarioId, inputs).ifPresent(hit -> show(inputs, hit));
        }
        staleNote.setVisible(shownFor != null && !inputs.equals(shownFor));
        scheduleAffordability();
    }

    private void scheduleAffordability() {
        if (affordabilityPending) {
            return;
        }
        affordabilityPending = true;
        Optional<UI> ui = getUI();
        if (ui.isPresent()) {
            ui.get().access(this::refreshAffordability);
        } else {
            refreshAffordability();
        }
    }

    private void refreshAffordability() {
        affordabilityPending = false;
        Scenario inputs = scenario;
        if (inputs == null) {
            return;
        }
        Affordability computed = Affordability.of(inputs);
        affordabilityShown = computed;
        badge.show(computed);
        affordability.show(computed, inputs.settings().currency());
        if (shownFor != null && shownFor.equals(inputs)) {
            results.showFan(computed);
        }
    }

    private void attached(AttachEvent event) {
        // The editor's tab sheet attaches this on first opening; listen for the later openings too.
        Component parent = getParent().orElse(null);
        while (parent != null && !(parent instanceof TabSheet)) {
            parent = parent.getParent().orElse(null);
        }
        if (parent instanceof TabSheet sheet && !listening) {
            listening = true;
            sheet.addSelectedChangeListener(e -> {
                if (sheet.getSelectedTab() != null && sheet.getComponent(sheet.getSelectedTab()) == this) {
                    opened();
                }
            });
        }
        opened();
    }

    /** Shows the result of the current inputs: from the cache at once, else by running them. */
    void opened() {
        Scenario inputs = scenario;
        if (inputs == null || inputs.equals(shownFor) || inputs.equals(runningFor)) {
            return;
        }
        Optional<RiskResult> hit = service.cached(scenarioId, inputs);
        if (hit.isPresent()) {
            show(inputs, hit.get());
        } else {
            start();
        }
    }

    void start() {
        Scenario inputs = scenario;
        UI ui = UI.getCurrent();
        if (inputs == null || ui == null) {
            return;
        }
        cancelRun(false);
        int draws = inputs.settings().draws();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean pushPending = new AtomicBoolean();
        RiskRun started;
        try {
            started = service.run(scenarioId, inputs, count -> {
                done.set(count);
                // One push at a time: later counts overwrite earlier ones until the page has the last.
                if (pushPending.compareAndSet(false, true)) {
                    access(ui, () -> {
                        pushPending.set(false);
                        if (running != null && inputs.equals(runningFor)) {
                            showProgress(done.get(), draws);
                        }
                    });
                }
            });
        } catch (RiskBusyException busy) {
            status.setText(getTranslation("risk.busy." + busy.reason().name()));
            status.getElement().setAttribute("data-state", "busy");
            return;
        }
        if (started.cached()) {
            started.result().thenAccept(result -> show(inputs, result));
            return;
        }
        running = started;
        runningFor = inputs;
        run.setEnabled(false);
        cancel.setVisible(true);
        progress.setVisible(true);
        showProgress(0, draws);
        status.getElement().setAttribute("data-state", "running");
        started.result()
                .whenComplete((result, failure) -> access(ui, () -> {
                    if (running != started) {
                        return;
                    }
                    endRun();
                    if (failure == null) {
                        show(inputs, result);
                    } else if (!(unwrap(failure) instanceof CancellationException)) {
                        status.setText(getTranslation("risk.failed"));
                        status.getElement().setAttribute("data-state", "failed");
                    }
                }));
    }

    private void showProgress(int done, int draws) {
        progress.setValue(draws == 0 ? 0 : Math.min(1.0, (double) done / draws));
        Locale locale = getLocale();
        status.setText(getTranslation("risk.progress", Formats.count(done, locale), Formats.count(draws, locale)));
    }

    private void show(Scenario inputs, RiskResult result) {
        shownFor = inputs;
        staleNote.setVisible(!inputs.equals(scenario));
        certainNote.setVisible(result.monteCarlo().npvHistogram().counts().size() == 1);
        Locale locale = getLocale();
        status.setText(getTranslation(
                "risk.done",
                Formats.count(result.monteCarlo().draws(), locale),
                String.valueOf(result.monteCarlo().seed())));
        status.getElement().setAttribute("data-state", "done");
        Affordability shownAffordability = affordabilityShown;
        if (shownAffordability == null || !inputs.equals(scenario)) {
            shownAffordability = Affordability.of(inputs);
        }
        results.show(result, shownAffordability, inputs.settings().currency());
        onResult.accept(result.monteCarlo());
    }

    private void cancelRun(boolean byUser) {
        RiskRun current = running;
        if (current == null) {
            return;
        }
        current.cancel();
        endRun();
        if (byUser) {
            status.setText(getTranslation("risk.cancelled"));
            status.getElement().setAttribute("data-state", "cancelled");
        }
    }

    private void endRun() {
        running = null;
        runningFor = null;
        run.setEnabled(scenario != null);
        cancel.setVisible(false);
        progress.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // A closed page waits for nothing: the run stops unless another session waits for it too.
        cancelRun(false);
        super.onDetach(event);
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // The page was closed meanwhile: nobody to tell.
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    // For browserless tests.
    RiskResults results() {
        return results;
    }

    AffordabilitySection affordability() {
        return affordability;
    }

    AffordabilityBadge badge() {
        return badge;
    }

    String statusText() {
        return status.getText();
    }

    boolean isRunning() {
        return running != null;
    }

    boolean isStale() {
        return staleNote.isVisible();
    }

    Button runButton() {
        return run;
    }

    Button cancelButton() {
        return cancel;
    }
}
