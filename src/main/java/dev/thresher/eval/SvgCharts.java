package dev.thresher.eval;

import dev.thresher.Label;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG charts for the HTML report: no scripts, no external resources. */
final class SvgCharts {
    /** One colour per label, for bars, legends and highlights. */
    static final Map<Label, String> LABEL_COLOURS = Map.of(Label.CLAIM, "#4e79a7", Label.QUOTATION, "#e8871e",
            Label.OPINION, "#59a14f", Label.BOILERPLATE, "#8c8c8c");
    /** Colours of the compared models, Thresher first. */
    static final List<String> MODEL_COLOURS = List.of("#2f5d8a", "#c9c1bb", "#e8871e", "#59a14f", "#b07aa1",
            "#76b7b2");

    private static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";

    private SvgCharts() {
    }

    /** A named series of values, one per category. */
    record Series(String name, List<Double> values) {
    }

    /**
     * The confusion matrix as a heat map: cells shaded by the share of the gold row they hold
     * (so the diagonal reads as recall), each showing its count and that share.
     */
    static String heatMap(LabelScores s, String title) {
        List<String> labels = new java.util.ArrayList<>();
        for (Label l : Label.values()) {
            labels.add(l.name());
        }
        return heatMap(labels, labels, s.counts(), title);
    }

    /**
     * The heat map of {@code counts[gold][predicted]} with these row (gold) and column
     * (predicted) names; a cell on the diagonal is one whose row and column names agree.
     */
    static String heatMap(List<String> rows, List<String> columns, int[][] counts, String title) {
        int cell = 86;
        int left = 130;
        int top = 64;
        int width = Math.max(left + columns.size() * cell + 20, left + 330);
        int height = top + rows.size() * cell + 40;
        StringBuilder b = open(width, height, title);
        b.append(text(left + columns.size() * cell / 2.0, 18, "predicted", "middle", 13, "#333", true));
        for (int p = 0; p < columns.size(); p++) {
            b.append(text(left + p * cell + cell / 2.0, top - 10, columns.get(p), "middle", 11, "#333", false));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" transform=\"rotate(-90 16 %.1f)\" "
                + "text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#333\" %s>gold</text>",
                top + rows.size() * cell / 2.0, top + rows.size() * cell / 2.0, FONT));
        for (int g = 0; g < rows.size(); g++) {
            int rowTotal = 0;
            for (int p = 0; p < columns.size(); p++) {
                rowTotal += counts[g][p];
            }
            double y = top + g * cell;
            b.append(text(left - 8, y + cell / 2.0 + 4, rows.get(g), "end", 11, "#333", false));
            for (int p = 0; p < columns.size(); p++) {
                int count = counts[g][p];
                boolean diagonal = rows.get(g).equals(columns.get(p));
                double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
                double x = left + p * cell;
                String fill = diagonal ? mix("#ffffff", "#2f5d8a", share) : mix("#ffffff", "#c0392b", Math.min(1, share * 2.5));
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" "
                        + "fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"><title>gold %s, predicted %s: %d (%s of the "
                        + "gold row)</title></rect>", x, y, cell, cell, fill, HtmlRenderer.escape(rows.get(g)),
                        HtmlRenderer.escape(columns.get(p)), count, Fmt.percent(share)));
                boolean dark = diagonal ? share > 0.5 : share * 2.5 > 0.6;
                String colour = dark ? "#ffffff" : "#222222";
                b.append(text(x + cell / 2.0, y + cell / 2.0, Integer.toString(count), "middle", 16, colour, true));
                b.append(text(x + cell / 2.0, y + cell / 2.0 + 17, Fmt.percent(share), "middle", 10, colour, false));
            }
        }
        b.append(text(left, top + rows.size() * cell + 24, "cells: count and share of the gold row (diagonal = recall)",
                "start", 11, "#666", false));
        return b.append("</svg>").toString();
    }

    /**
     * Precision and recall of one label against a threshold on its probability: two lines over
     * thresholds in [0, 1], with dashed marks at {@code marks}.
     */
    static String thresholdCurve(List<Double> thresholds, List<Double> precision, List<Double> recall,
                                 List<Double> marks, String title) {
        int left = 52;
        int top = 24;
        int w = 300;
        int h = 200;
        StringBuilder b = open(left + w + 30, top + h + 62, title);
        b.append(text(left, 14, title, "start", 12, "#333", true));
        axes(b, left, top, w, h, "precision / recall");
        for (int t = 0; t <= 10; t += 2) {
            b.append(text(left + t / 10.0 * w, top + h + 16, Fmt.f3(t / 10.0).substring(0, 3), "middle", 10, "#555", false));
        }
        b.append(text(left + w / 2.0, top + h + 32, "threshold on the label's probability", "middle", 11, "#555", false));
        for (double m : marks) {
            double x = left + m * w;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" "
                    + "stroke-dasharray=\"3 3\"/>", x, top, x, top + h));
        }
        polyline(b, thresholds, precision, left, top, w, h, "#2f5d8a");
        polyline(b, thresholds, recall, left, top, w, h, "#e8871e");
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"#2f5d8a\"/>",
                left + 10, top + h + 44));
        b.append(text(left + 26, top + h + 49, "precision", "start", 11, "#333", false));
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"#e8871e\"/>",
                left + 110, top + h + 44));
        b.append(text(left + 126, top + h + 49, "recall", "start", 11, "#333", false));
        return b.append("</svg>").toString();
    }

    private static void polyline(StringBuilder b, List<Double> xs, List<Double> ys, int left, int top, int w, int h,
                                 String colour) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            if (Double.isNaN(ys.get(i))) {
                continue;
            }
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + xs.get(i) * w, top + h - ys.get(i) * h));
        }
        b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                .append(points.toString().trim()).append("\"/>");
    }

    /** Grouped bars: one group per category, one bar per series, values in [0, 1]. */
    static String groupedBars(List<String> categories, List<Series> series, String title, String yLabel) {
        int left = 48;
        int top = 20;
        int plotHeight = 240;
        int barWidth = 18;
        int gap = Math.max(26, 96 - series.size() * barWidth);
        int groupWidth = series.size() * barWidth + gap;
        int longest = 0;
        for (Series s : series) {
            longest = Math.max(longest, s.name().length());
        }
        int legendWidth = Math.max(140, 7 * longest + 34);
        int width = Math.max(left + categories.size() * groupWidth + 20, left + Math.min(4, series.size()) * legendWidth);
        int legendTop = top + plotHeight + 46;
        int height = legendTop + 22 * ((series.size() + 3) / 4) + 6;
        StringBuilder b = open(width, height, title);
        axes(b, left, top, width - left - 20, plotHeight, yLabel);
        for (int c = 0; c < categories.size(); c++) {
            double gx = left + c * groupWidth + gap / 2.0;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values().get(c);
                double h = Double.isNaN(v) ? 0 : v * plotHeight;
                double x = gx + s * barWidth;
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s, %s: %s</title></rect>", x, top + plotHeight - h, barWidth - 2, h,
                        MODEL_COLOURS.get(s % MODEL_COLOURS.size()), HtmlRenderer.escape(series.get(s).name()),
                        HtmlRenderer.escape(categories.get(c)), Fmt.f3(v)));
                if (s == 0) {
                    b.append(text(x + (barWidth - 2) / 2.0, top + plotHeight - h - 4, bare(v),
                            "middle", 9, "#2f5d8a", true));
                }
            }
            b.append(text(gx + series.size() * barWidth / 2.0, top + plotHeight + 18, categories.get(c), "middle",
                    11, "#333", false));
        }
        for (int s = 0; s < series.size(); s++) {
            double x = left + (s % 4) * legendWidth;
            double y = legendTop + (s / 4) * 22;
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    x, y - 10, MODEL_COLOURS.get(s % MODEL_COLOURS.size())));
            b.append(text(x + 18, y, series.get(s).name(), "start", 12, "#333", s == 0));
        }
        return b.append("</svg>").toString();
    }

    /**
     * The reliability diagram: observed accuracy of each confidence bin as a bar spanning the
     * bin, the diagonal of perfect calibration, and each bin's count.
     */
    static String reliability(Reliability rel, String title) {
        int left = 52;
        int top = 20;
        int size = 300;
        int width = left + size + 30;
        int height = top + size + 78;
        StringBuilder b = open(width, height, title);
        axes(b, left, top, size, size, "observed accuracy");
        for (int t = 0; t <= 10; t += 2) {
            double x = left + t / 10.0 * size;
            b.append(text(x, top + size + 16, Fmt.f3(t / 10.0).substring(0, 3), "middle", 10, "#555", false));
        }
        b.append(text(left + size / 2.0, top + size + 36, "confidence (probability of the predicted label)", "middle",
                12, "#333", false));
        for (Reliability.Bin bin : rel.bins()) {
            if (bin.count() == 0) {
                continue;
            }
            double x = left + bin.lower() * size;
            double w = (bin.upper() - bin.lower()) * size;
            double h = bin.accuracy() * size;
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"#4e79a7\" fill-opacity=\"0.85\" stroke=\"#ffffff\"><title>confidence %s to %s: %d "
                    + "predictions, mean confidence %s, accuracy %s</title></rect>", x + 1, top + size - h, w - 2, h,
                    Fmt.f3(bin.lower()), Fmt.f3(bin.upper()), bin.count(), Fmt.f3(bin.meanConfidence()),
                    Fmt.f3(bin.accuracy())));
            double mx = left + bin.meanConfidence() * size;
            double my = top + size - bin.meanConfidence() * size;
            b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#c0392b\"/>", mx, my));
            if (h >= 16) {
                b.append(text(x + w / 2, top + size - 5, Integer.toString(bin.count()), "middle", 9, "#ffffff", true));
            } else {
                b.append(text(x + w / 2, top + size - h - 4, Integer.toString(bin.count()), "middle", 9, "#333", true));
            }
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c0392b\" "
                + "stroke-dasharray=\"5 4\" stroke-width=\"1.5\"/>", left, top + size, left + size, top));
        b.append(text(left + size / 2.0, top + size + 54, "bars: observed accuracy (count at the foot)", "middle",
                10, "#555", false));
        b.append(text(left + size / 2.0, top + size + 68, "dashed: perfect calibration; dots: mean confidence", "middle",
                10, "#c0392b", false));
        return b.append("</svg>").toString();
    }

    /**
     * Horizontal bars for the macro-F1 change when a feature group is left out: left of zero
     * the model got worse (the group helps), right of it the model got better.
     */
    static String deltaBars(List<String> names, List<Double> deltas, String title) {
        int names0 = 120;
        int left = names0 + 50;
        int rowHeight = 24;
        int plot = 360;
        double max = 0.01;
        for (double d : deltas) {
            max = Math.max(max, Math.abs(d));
        }
        int width = left + plot + 70;
        int height = 20 + names.size() * rowHeight + 34;
        StringBuilder b = open(width, height, title);
        double zero = left + plot / 2.0;
        b.append(text(zero - 6, height - 8, "\u2190 worse without it (the group helps)", "end", 10, "#2f5d8a", false));
        b.append(text(zero + 6, height - 8, "better without it \u2192", "start", 10, "#e8871e", false));
        for (int i = 0; i < names.size(); i++) {
            double d = deltas.get(i);
            double w = Math.abs(d) / max * (plot / 2.0);
            double y = 14 + i * rowHeight;
            double x = d < 0 ? zero - w : zero;
            b.append(text(names0 - 8, y + 13, names.get(i), "end", 11, "#333", false));
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"16\" "
                    + "fill=\"%s\"><title>%s: %s</title></rect>", x, y, w, d < 0 ? "#2f5d8a" : "#e8871e",
                    HtmlRenderer.escape(names.get(i)), Fmt.signed3(d)));
            b.append(text(d < 0 ? x - 4 : x + w + 4, y + 13, Fmt.signed3(d), d < 0 ? "end" : "start", 10, "#333",
                    false));
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"8\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>", zero,
                zero, height - 24));
        return b.append("</svg>").toString();
    }

    private static void axes(StringBuilder b, int left, int top, int width, int height, String yLabel) {
        for (int t = 0; t <= 10; t += 2) {
            double y = top + height - t / 10.0 * height;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>",
                    left, y, left + width, y));
            b.append(text(left - 6, y + 4, Fmt.f3(t / 10.0).substring(0, 3), "end", 10, "#555", false));
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", left, top,
                left, top + height));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", left,
                top + height, left + width, top + height));
        b.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%.1f\" transform=\"rotate(-90 12 %.1f)\" "
                + "text-anchor=\"middle\" font-size=\"11\" fill=\"#555\" %s>%s</text>", top + height / 2.0,
                top + height / 2.0, FONT, HtmlRenderer.escape(yLabel)));
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">"
                + "<title>%s</title>", width, height, width, height, HtmlRenderer.escape(title),
                HtmlRenderer.escape(title)));
    }

    private static String text(double x, double y, String s, String anchor, int size, String fill, boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "fill=\"%s\"%s %s>%s</text>", x, y, anchor, size, fill, bold ? " font-weight=\"600\"" : "", FONT,
                HtmlRenderer.escape(s));
    }

    /** {@code 0.870} as {@code .870}, to fit above a bar. */
    private static String bare(double v) {
        String s = Fmt.f3(v);
        return s.startsWith("0.") ? s.substring(1) : s;
    }

    /** The colour {@code t} of the way from {@code from} to {@code to} (both {@code #rrggbb}). */
    static String mix(String from, String to, double t) {
        double u = Math.max(0, Math.min(1, t));
        int[] a = rgb(from);
        int[] c = rgb(to);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(a[0] + (c[0] - a[0]) * u),
                Math.round(a[1] + (c[1] - a[1]) * u), Math.round(a[2] + (c[2] - a[2]) * u));
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)};
    }
}
