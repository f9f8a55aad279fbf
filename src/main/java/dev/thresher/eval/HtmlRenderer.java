package dev.thresher.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link ReportModel} as one self-contained HTML page: inline CSS, SVG charts and
 * plain inline JavaScript (the error browser), nothing fetched from the network.
 */
public final class HtmlRenderer {
    static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6573; --rule: #dde2e8; --accent: #2f5d8a; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink);
                   background: #f6f7f9; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 36px 0 10px; padding-top: 10px; border-top: 1px solid var(--rule); }
            h3 { font-size: 15px; margin: 18px 0 6px; }
            p.lead, .muted { color: var(--muted); }
            table { border-collapse: collapse; margin: 8px 0 14px; font-variant-numeric: tabular-nums; font-size: 13px; }
            th, td { padding: 3px 9px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            th { background: #f0f3f6; font-weight: 600; vertical-align: bottom; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            td.t { max-width: 560px; overflow-wrap: break-word; }
            .tables { display: flex; flex-wrap: wrap; gap: 0 28px; align-items: flex-start; }
            tr.us td { font-weight: 600; background: #eef4fa; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 16px 0; }
            .card { border: 1px solid var(--rule); border-radius: 8px; padding: 10px 12px; background: #fbfcfd; }
            .card .v { font-size: 22px; font-weight: 650; color: var(--accent); }
            .card .k { color: var(--muted); font-size: 12px; }
            .row { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
            .row > div, .tables > div { max-width: 100%; overflow-x: auto; }
            .note { border-left: 4px solid #e8871e; background: #fff8ef; padding: 6px 12px; margin: 8px 0; }
            nav { line-height: 1.9; }
            nav a { margin-right: 12px; color: var(--accent); text-decoration: none; white-space: nowrap; }
            .doc { white-space: pre-wrap; font: 12px/1.8 ui-monospace, 'DejaVu Sans Mono', monospace; max-height: 520px;
                   overflow: auto; border: 1px solid var(--rule); border-radius: 6px; padding: 12px; background: #fff; }
            .doc span { border-radius: 3px; padding: 1px 0; }
            .doc span.wrong { outline: 2px solid #c0392b; outline-offset: 0; }
            .legend span { display: inline-block; padding: 1px 8px; margin-right: 8px; border-radius: 3px; }
            .L-CLAIM { background: #d6e4f2; } .L-QUOTATION { background: #fbdcb8; }
            .L-OPINION { background: #d5ecd0; } .L-BOILERPLATE { background: #e3e3e3; color: #555; }
            .L-CONTENT { background: #d6e4f2; } .L-OTHER { background: #ece6f5; } .L-NONE { background: #fff; }
            code { background: #f0f3f6; padding: 0 4px; border-radius: 3px; font-size: 12px; }
            .browser select, .browser button { font: inherit; margin-right: 10px; }
            .browser .scroll { max-height: 560px; overflow: auto; border: 1px solid var(--rule); }
            .browser table { margin: 0; width: 100%; }
            """;

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    private final StringBuilder b = new StringBuilder();

    private HtmlRenderer() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(ReportModel report, Writer out) throws IOException {
        out.write(render(report));
        out.flush();
    }

    /** The page of {@code report}. */
    public static String render(ReportModel report) {
        HtmlRenderer r = new HtmlRenderer();
        r.page(report);
        return r.b.toString();
    }

    /** {@code s} safe inside HTML text and attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Prose: escaped, with {@code `code`} and {@code **bold**} marks turned into tags. */
    static String prose(String s) {
        String html = CODE.matcher(escape(s)).replaceAll(m -> "<code>" + Matcher.quoteReplacement(m.group(1)) + "</code>");
        return BOLD.matcher(html).replaceAll(m -> "<b>" + Matcher.quoteReplacement(m.group(1)) + "</b>");
    }

    private void page(ReportModel report) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(report.title())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body><main>\n");
        b.append("<h1>").append(escape(report.title())).append("</h1>\n");
        b.append("<p class=\"lead\">").append(prose(report.lead())).append("</p>\n<nav>");
        for (ReportModel.Section s : report.sections()) {
            b.append("<a href=\"#").append(escape(s.id())).append("\">").append(report.number(s)).append(". ")
                    .append(escape(s.title())).append("</a>\n");
        }
        b.append("</nav>\n");
        if (!report.headline().isEmpty()) {
            b.append("<div class=\"cards\">");
            for (ReportModel.Figure f : report.headline()) {
                b.append("<div class=\"card\"><div class=\"v\">").append(escape(ReportModel.text(f.value(), f.kind())))
                        .append("</div><div class=\"k\">").append(escape(f.name()));
                if (f.caption() != null) {
                    b.append(" (").append(escape(f.caption())).append(')');
                }
                b.append("</div></div>");
            }
            b.append("</div>\n");
        }
        for (String note : report.notes()) {
            b.append("<div class=\"note\">").append(prose(note)).append("</div>\n");
        }
        for (ReportModel.Section s : report.sections()) {
            section(report.number(s), s);
        }
        b.append("</main></body></html>\n");
    }

    private void section(int number, ReportModel.Section s) {
        b.append("<h2 id=\"").append(escape(s.id())).append("\">").append(number).append(". ")
                .append(escape(s.title())).append("</h2>\n");
        for (String p : s.prose()) {
            b.append("<p>").append(prose(p)).append("</p>\n");
        }
        if (s.html() != null) {
            b.append(s.html()).append('\n');
        }
        boolean side = s.chart() != null;
        if (side) {
            b.append("<div class=\"row\"><div>");
        } else if (s.tables().size() > 1) {
            b.append("<div class=\"tables\">");
        }
        for (ReportModel.Table t : s.tables()) {
            b.append(side || s.tables().size() < 2 ? "" : "<div>");
            table(t);
            b.append(side || s.tables().size() < 2 ? "" : "</div>");
        }
        if (side) {
            b.append("</div><div>").append(s.chart()).append("</div></div>\n");
        } else if (s.tables().size() > 1) {
            b.append("</div>\n");
        }
    }

    private void table(ReportModel.Table t) {
        if (t.caption() != null) {
            b.append("<h3>").append(prose(t.caption())).append("</h3>");
        }
        b.append("<table><tr>");
        for (ReportModel.Column c : t.columns()) {
            b.append(c.kind().numeric() ? "<th class=\"n\">" : "<th>").append(escape(c.name())).append("</th>");
        }
        b.append("</tr>");
        List<List<Object>> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            b.append(t.emphasis().contains(i) ? "<tr class=\"us\">" : "<tr>");
            for (int c = 0; c < t.columns().size(); c++) {
                ReportModel.Kind kind = t.columns().get(c).kind();
                Object cell = rows.get(i).get(c);
                if (kind == ReportModel.Kind.TEXT) {
                    b.append("<td class=\"t\">").append(cell == null ? "" : escape(cell.toString())).append("</td>");
                } else {
                    b.append("<td class=\"n\">").append(escape(ReportModel.text(cell, kind))).append("</td>");
                }
            }
            b.append("</tr>");
        }
        b.append("</table>\n");
    }
}
