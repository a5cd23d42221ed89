package org.workbench.web.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** Files the server writes when the user clicks a link: workbooks, and the links that save them. */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {}

    /** Writes a whole file to the stream it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * An Excel workbook written in the download's own request (so outside the UI's lock; read no components there).
     *
     * @param fileName asked for at download time, e.g. to carry the time of the export
     */
    public static DownloadHandler excel(Supplier<String> fileName, Writer writer) {
        return DownloadHandler.fromInputStream(event -> excel(fileName.get(), writer));
    }

    /**
     * The answer with a workbook. It is written into memory first, so that a failure answers with an error rather
     * than with a cut-off file the user would take for a whole one.
     */
    public static DownloadResponse excel(String fileName, Writer writer) throws IOException {
        var bytes = new ByteArrayOutputStream();
        writer.writeTo(bytes);
        return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), fileName, XLSX, bytes.size());
    }

    /** A PDF made whole in the download's own request, like {@link #excel(Supplier, Writer)}. */
    public static DownloadHandler pdf(Supplier<String> fileName, Writer writer) {
        return DownloadHandler.fromInputStream(event -> {
            var bytes = new ByteArrayOutputStream();
            writer.writeTo(bytes);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes.toByteArray()), fileName.get(), PDF, bytes.size());
        });
    }

    /** A link that saves what {@code handler} sends instead of opening it in the browser. */
    public static Anchor link(DownloadHandler handler, String text) {
        var link = new Anchor(handler, text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
