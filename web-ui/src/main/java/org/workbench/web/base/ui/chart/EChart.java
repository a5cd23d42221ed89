package org.workbench.web.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.ui.LoadMode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. The library comes from its webjar at run time, so no frontend build is needed; the SVG
 * renderer keeps the drawn chart readable by browser tests.
 */
@Tag("div")
// Lazy: a page with a chart no longer waits for the library (a megabyte of script) before it shows anything else;
// the chart draws once the script is there.
@JavaScript(value = "context://webjars/echarts/5.3.1/dist/echarts.min.js", loadMode = LoadMode.LAZY)
public class EChart extends Component implements HasSize, HasStyle {
    private String optionJson = "{}";

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
        addAttachListener(event -> render());
    }

    /** Replaces the whole chart with these ECharts options. */
    public void setOption(ObjectNode option) {
        this.optionJson = option.toString();
        if (isAttached()) {
            render();
        }
    }

    /** The options last set, as JSON; tests of other packages read what a chart would draw. */
    public String optionJson() {
        return optionJson;
    }

    private void render() {
        // The script may still be loading on first attach: wait for it rather than fail.
        getElement().executeJs("""
                        const el = this;
                        const json = $0;
                        const draw = () => {
                          if (!window.echarts) { setTimeout(draw, 30); return; }
                          const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});
                          chart.setOption(JSON.parse(json), true);
                          if (!el.__workbenchResize) {
                            el.__workbenchResize = new ResizeObserver(() => chart.resize());
                            el.__workbenchResize.observe(el);
                          }
                        };
                        draw();
                        """, optionJson);
    }
}
