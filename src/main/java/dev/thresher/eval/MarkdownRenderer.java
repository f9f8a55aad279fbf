package dev.thresher.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Renders a {@link ReportModel} as Markdown. */
public final class MarkdownRenderer {
    /** Longest text cell shown in full; longer ones are cut (the JSON has them whole). */
    static final int MAX_CELL = 220;

    private final StringBuilder b = new StringBuilder();

    private MarkdownRenderer() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(ReportModel report, Writer out) throws IOException {
        out.write(render(report));
        out.flush();
    }

    /** The Markdown of {@code report}. */
    public static String render(ReportModel report) {
        MarkdownRenderer r = new MarkdownRenderer();
        r.page(report);
        return r.b.toString();
    }

    private void page(ReportModel report) {
        line("# " + report.title());
        line("");
        line(report.lead());
        line("");
        if (!report.headline().isEmpty()) {
            line("## Summary");
            line("");
            line("| figure | value |");
            line("|---|---:|");
            for (ReportModel.Figure f : report.headline()) {
                row(List.of(f.caption() == null ? f.name() : f.name() + " (" + f.caption() + ")",
                        ReportModel.text(f.value(), f.kind())));
            }
            line("");
        }
        for (String note : report.notes()) {
            line("> " + note);
            line("");
        }
        for (ReportModel.Section s : report.sections()) {
            line("## " + report.number(s) + ". " + s.title());
            line("");
            for (String p : s.prose()) {
                line(p);
                line("");
            }
            for (ReportModel.Table t : s.tables()) {
                table(t);
            }
        }
    }

    private void table(ReportModel.Table t) {
        if (t.caption() != null) {
            line("### " + t.caption());
            line("");
        }
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (ReportModel.Column c : t.columns()) {
            header.append(' ').append(cell(c.name())).append(" |");
            rule.append(c.kind().numeric() ? "---:|" : "---|");
        }
        line(header.toString());
        line(rule.toString());
        for (int i = 0; i < t.rows().size(); i++) {
            List<Object> row = t.rows().get(i);
            String[] cells = new String[row.size()];
            for (int c = 0; c < row.size(); c++) {
                ReportModel.Kind kind = t.columns().get(c).kind();
                cells[c] = kind == ReportModel.Kind.TEXT ? cell(row.get(c) == null ? "" : row.get(c).toString())
                        : ReportModel.text(row.get(c), kind);
            }
            if (t.emphasis().contains(i)) {
                cells[0] = "**" + cells[0] + "**";
            }
            row(List.of(cells));
        }
        line("");
    }

    /** Text fit for a table cell: pipes escaped, cut when very long. */
    static String cell(String text) {
        String s = text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private void row(List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c).append(" |");
        }
        b.append('\n');
    }

    private void line(String s) {
        b.append(s).append('\n');
    }
}
