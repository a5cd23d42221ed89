package org.workbench.web.report;

import java.util.List;
import org.workbench.web.compare.ChartData;

/**
 * A report as it is printed: texts already in the reader's language and numbers already formatted, in blocks that
 * the page and the PDF lay out the same way. A new view or figure is a new block, not a change to either renderer.
 *
 * @param fileName the PDF's file name, without the extension
 */
public record Report(String title, String subtitle, List<Block> blocks, Footer footer, String fileName) {
    public Report {
        blocks = List.copyOf(blocks);
    }

    /** One part of the report, in reading order. */
    public sealed interface Block permits Figures, Chain, Table, Chart, Note {
        String heading();
    }

    /** A labelled value, formatted as the app shows it. */
    public record Figure(String label, String value) {}

    /** Key figures as cards. */
    public record Figures(String heading, List<Figure> figures) implements Block {
        public Figures {
            figures = List.copyOf(figures);
        }
    }

    /** Steps from one figure to another (gross to net jobs), read left to right. */
    public record Chain(String heading, List<Figure> steps) implements Block {
        public Chain {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Rows of texts under a header; the first column names the row and is repeated when a wide table is split.
     *
     * @param numeric per column: right-aligned
     */
    public record Table(String heading, List<String> header, List<List<String>> rows, List<Boolean> numeric)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
        }
    }

    /** How a chart's values read: decides its axis labels. */
    public enum Scale {
        COUNT,
        MONEY
    }

    public enum ChartType {
        LINES,
        BARS
    }

    /**
     * A chart: SVG on the page, vector graphics in the PDF; a series has one value per category, NaN for none. Money
     * arrives already divided by its scale (see {@code MoneyScale}), and {@code axisName} names that unit ("CNY
     * billion", "亿元"), so that no axis shows raw money; the heading names it too. Counts have an empty axis name.
     */
    public record Chart(
            String heading,
            ChartType type,
            Scale scale,
            String axisName,
            List<String> categories,
            List<ChartData.Series> series)
            implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** A paragraph, e.g. a warning that figures do not compare directly. */
    public record Note(String heading, String text) implements Block {}

    /** Who printed it, when, from which version of the app and of the calculation model. */
    public record Footer(String text) {}
}
