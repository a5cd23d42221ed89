package org.workbench.web.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import org.workbench.web.base.ui.Downloads;
import org.workbench.web.base.ui.chart.ChartOptions;
import org.workbench.web.base.ui.chart.EChart;
import org.workbench.web.report.Report;

/**
 * A report laid out for A4: the same blocks the PDF has, with charts as SVG. The bar above it (back, print,
 * download) is not printed.
 */
class ReportPage extends Div {
    ReportPage(Report report, String backHref, String backText, DownloadHandler pdf) {
        addClassName("report-page");
        var back = new Anchor(backHref, backText);
        back.addClassName("report-back");
        var print = new Button(getTranslation("report.print"), new Icon(VaadinIcon.PRINT));
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        print.addClassName("report-print");
        var download = Downloads.link(pdf, "");
        var downloadButton = new Button(getTranslation("report.download"), new Icon(VaadinIcon.FILE_TEXT_O));
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(downloadButton);
        download.addClassName("report-download");
        var actions = new Div(back, print, download);
        actions.addClassName("report-actions");

        var sheet = new Div();
        sheet.addClassName("report-sheet");
        var subtitle = new Paragraph(report.subtitle());
        subtitle.addClassName("report-subtitle");
        sheet.add(new H1(report.title()), subtitle);
        for (Report.Block block : report.blocks()) {
            var section = new Div(new H2(block.heading()));
            section.addClassName("report-block");
            section.add(body(block));
            sheet.add(section);
        }
        var footer = new Div(new Span(report.footer().text()));
        footer.addClassName("report-footer");
        sheet.add(footer);
        add(actions, sheet);
    }

    private static Component body(Report.Block block) {
        return switch (block) {
            case Report.Figures f -> cards("report-figures", f.figures());
            case Report.Chain c -> cards("report-chain", c.steps());
            case Report.Table t -> table(t);
            case Report.Chart c -> chart(c);
            case Report.Note n -> new Paragraph(n.text());
        };
    }

    private static Div cards(String className, List<Report.Figure> figures) {
        var cards = new Div();
        cards.addClassName(className);
        for (Report.Figure figure : figures) {
            var label = new Span(figure.label());
            label.addClassName("report-label");
            var value = new Span(figure.value());
            value.addClassName("report-value");
            var card = new Div(label, value);
            card.addClassName("report-card");
            cards.add(card);
        }
        return cards;
    }

    private static Div table(Report.Table table) {
        var element = new Element("table");
        element.getClassList().add("report-table");
        var head = new Element("tr");
        table.header().forEach(h -> head.appendChild(new Element("th").setText(h)));
        element.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (List<String> row : table.rows()) {
            var tr = new Element("tr");
            for (int c = 0; c < row.size(); c++) {
                var td = new Element("td").setText(row.get(c));
                if (c < table.numeric().size() && table.numeric().get(c)) {
                    td.getClassList().add("numeric");
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        element.appendChild(body);
        var wrapper = new Div();
        wrapper.addClassName("report-table-wrapper");
        wrapper.getElement().appendChild(element);
        return wrapper;
    }

    private static EChart chart(Report.Chart chart) {
        List<ChartOptions.Series> series = chart.series().stream()
                .map(s -> new ChartOptions.Series(s.name(), s.values()))
                .toList();
        var echart = new EChart();
        echart.addClassName("report-chart");
        echart.setHeight("240px");
        var option = chart.type() == Report.ChartType.BARS
                ? ChartOptions.bars("", chart.categories(), series)
                : ChartOptions.lines("", chart.categories(), series);
        if (!chart.axisName().isEmpty()) {
            ChartOptions.valueAxisName(option, chart.axisName());
        }
        echart.setOption(option);
        return echart;
    }
}
