package dev.thresher.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The HTML-only parts of a report page: sample documents highlighted by label and the error
 * browser (plain inline JavaScript over the mistakes embedded as JSON; nothing fetched).
 */
final class HtmlViews {
    /** The most mistakes embedded in the error browser (the most confident first). */
    static final int BROWSER_LIMIT = 3000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCRIPT = """
            (function () {
              var data = JSON.parse(document.getElementById('mistakes').textContent);
              var gold = document.getElementById('f-gold'), pred = document.getElementById('f-pred');
              var order = document.getElementById('f-order'), body = document.getElementById('mistake-rows');
              var count = document.getElementById('f-count');
              function options(select, index) {
                var seen = {};
                data.forEach(function (r) { seen[r[index]] = true; });
                Object.keys(seen).sort().forEach(function (v) {
                  var o = document.createElement('option'); o.value = v; o.textContent = v; select.appendChild(o);
                });
              }
              function cell(row, text, cls) {
                var td = document.createElement('td'); td.textContent = text; if (cls) { td.className = cls; }
                row.appendChild(td);
              }
              function draw() {
                var rows = data.filter(function (r) {
                  return (!gold.value || r[1] === gold.value) && (!pred.value || r[2] === pred.value);
                });
                rows.sort(function (a, b) { return order.value === 'asc' ? a[3] - b[3] : b[3] - a[3]; });
                body.textContent = '';
                rows.slice(0, 500).forEach(function (r) {
                  var tr = document.createElement('tr');
                  cell(tr, r[0], 't'); cell(tr, r[1]); cell(tr, r[2]); cell(tr, r[3].toFixed(3), 'n'); cell(tr, r[4], 't');
                  body.appendChild(tr);
                });
                count.textContent = rows.length + ' mistakes' + (rows.length > 500 ? ', the first 500 shown' : '');
              }
              options(gold, 1); options(pred, 2);
              [gold, pred, order].forEach(function (s) { s.addEventListener('change', draw); });
              draw();
            })();
            """;

    private HtmlViews() {
    }

    /** The sample documents, each sentence shaded by its predicted label, mistakes outlined. */
    static String samples(List<SampleDocument> samples, List<String> labels) {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (String l : labels) {
            b.append("<span class=\"L-").append(HtmlRenderer.escape(l)).append("\">").append(HtmlRenderer.escape(l))
                    .append("</span>");
        }
        b.append("</p>");
        for (SampleDocument s : samples) {
            int wrong = 0;
            for (SampleDocument.Span span : s.sentences()) {
                if (!span.correct()) {
                    wrong++;
                }
            }
            b.append("<h3><code>").append(HtmlRenderer.escape(s.id())).append("</code> <span class=\"muted\">")
                    .append(wrong).append(" of ").append(s.sentences().size())
                    .append(" predicted sentences disagree with gold (outlined; the box opens at the first)</span></h3>"
                            + "<div class=\"doc\">");
            String text = s.text();
            int at = 0;
            for (SampleDocument.Span span : s.sentences()) {
                b.append(HtmlRenderer.escape(text.substring(at, span.start())));
                String gold = span.gold().isEmpty() ? "none" : String.join(", ", span.gold());
                b.append("<span class=\"L-").append(HtmlRenderer.escape(span.predicted()))
                        .append(span.correct() ? "" : " wrong").append("\" title=\"predicted ")
                        .append(HtmlRenderer.escape(span.predicted())).append(" (").append(Fmt.f3(span.confidence()))
                        .append("), gold ").append(HtmlRenderer.escape(gold)).append("\">")
                        .append(HtmlRenderer.escape(text.substring(span.start(), span.end()))).append("</span>");
                at = span.end();
            }
            b.append(HtmlRenderer.escape(text.substring(at))).append("</div>");
        }
        // open each box at its first mistake (pages start with long runs of chrome)
        b.append("<script>document.querySelectorAll('.doc').forEach(function (d) {"
                + " var w = d.querySelector('.wrong'); if (w) { d.scrollTop = Math.max(0, w.offsetTop - d.offsetTop - 60); }"
                + " });</script>");
        return b.toString();
    }

    /** The error browser over the mistakes among {@code judgements}. */
    static String errorBrowser(List<Judgement> judgements) {
        List<Judgement> mistakes = new ArrayList<>();
        for (Judgement j : judgements) {
            if (!j.correct()) {
                mistakes.add(j);
            }
        }
        mistakes.sort(Comparator.comparingDouble(Judgement::confidence).reversed().thenComparing(Judgement::doc)
                .thenComparingInt(Judgement::start));
        List<List<Object>> rows = new ArrayList<>();
        for (Judgement j : mistakes.subList(0, Math.min(BROWSER_LIMIT, mistakes.size()))) {
            rows.add(List.of(j.doc(), j.gold(), j.predicted(), Fmt.n3(j.confidence()), j.text()));
        }
        String data;
        try {
            data = JSON.writeValueAsString(rows).replace("</", "<\\/").replace("<!--", "\\u003c!--");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "<div class=\"browser\"><p>gold <select id=\"f-gold\"><option value=\"\">any</option></select>"
                + " predicted <select id=\"f-pred\"><option value=\"\">any</option></select>"
                + " confidence <select id=\"f-order\"><option value=\"desc\">highest first</option>"
                + "<option value=\"asc\">lowest first</option></select> <span id=\"f-count\" class=\"muted\"></span>"
                + (mistakes.size() > BROWSER_LIMIT ? " <span class=\"muted\">(the " + BROWSER_LIMIT + " most confident of "
                + mistakes.size() + " mistakes are embedded; --predictions has them all)</span>" : "")
                + "</p><div class=\"scroll\"><table><thead><tr><th>document</th><th>gold</th><th>predicted</th>"
                + "<th class=\"n\">confidence</th><th>sentence</th></tr></thead><tbody id=\"mistake-rows\"></tbody>"
                + "</table></div></div><script type=\"application/json\" id=\"mistakes\">" + data
                + "</script><script>" + SCRIPT + "</script>";
    }
}
