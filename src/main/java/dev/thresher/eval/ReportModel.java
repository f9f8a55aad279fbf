package dev.thresher.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as data: a title, headline figures, notes and numbered sections, each with prose,
 * typed tables and an optional chart. {@link MarkdownRenderer}, {@link HtmlRenderer} and
 * {@link JsonRenderer} render it, so numbering, navigation and figures are the same in every
 * format. Figures are stored as the decimals every format prints ({@link Fmt#n3(double)}).
 *
 * @param title    the page title
 * @param lead     one line under the title: model and data
 * @param headline the headline figures (cards in HTML, the summary table in Markdown)
 * @param notes    caveats a reader should know before the figures
 * @param sections the sections, in order; section {@code i} is numbered {@code i + 1}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportModel(String title, String lead, List<Figure> headline, List<String> notes,
                          List<Section> sections) {
    /** Copies the lists. */
    public ReportModel {
        headline = List.copyOf(headline);
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
    }

    /** The section with this id, or {@code null}. */
    public Section section(String id) {
        for (Section s : sections) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** This report without the section {@code id} (for a shorter printout). */
    public ReportModel without(String id) {
        return new ReportModel(title, lead, headline, notes,
                sections.stream().filter(s -> !s.id().equals(id)).toList());
    }

    /** The headline figure with this key, or {@code null}. */
    public Figure figure(String key) {
        for (Figure f : headline) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The number of a section, as every renderer prints it: its 1-based place. */
    public int number(Section s) {
        return sections.indexOf(s) + 1;
    }

    /** How a column's values are written. */
    public enum Kind {
        /** Text, left-aligned. */
        TEXT,
        /** A count. */
        COUNT,
        /** A figure with three decimals. */
        NUMBER,
        /** A difference with three decimals and a sign. */
        SIGNED,
        /** A share, stored as a fraction, printed as a percentage. */
        PERCENT,
        /** An interval {@link Range}, printed "low to high". */
        CI,
        /** A difference interval, printed with signs. */
        SIGNED_CI,
        /** A mean and standard deviation {@link MeanStd}. */
        MEAN_STD;

        /** Whether the column is right-aligned. */
        public boolean numeric() {
            return this != TEXT;
        }
    }

    /** A figure's value: a three-decimal {@link BigDecimal}, or {@code null} when it does not exist. */
    public static BigDecimal n(double x) {
        return Fmt.n3(x);
    }

    /** A 95% (or other) interval. */
    public record Range(BigDecimal low, BigDecimal high) {
        /** The interval of two doubles. */
        public static Range of(double low, double high) {
            return new Range(Fmt.n3(low), Fmt.n3(high));
        }
    }

    /** A mean with its standard deviation. */
    public record MeanStd(BigDecimal mean, BigDecimal std) {
        /** The pair of two doubles. */
        public static MeanStd of(double mean, double std) {
            return new MeanStd(Fmt.n3(mean), Fmt.n3(std));
        }
    }

    /**
     * One headline figure.
     *
     * @param key     a stable name for scripts reading the JSON ({@code endToEnd.macroF1})
     * @param name    what it is
     * @param kind    how its value is written
     * @param value   a {@link BigDecimal}, {@link Range}, {@link MeanStd}, number or text
     * @param caption a few words of context, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(String key, String name, Kind kind, Object value, String caption) {
    }

    /**
     * A column of a table.
     *
     * @param name its header
     * @param kind how its values are written
     */
    public record Column(String name, Kind kind) {
    }

    /**
     * A table. Cells are {@code String} (text), {@code Integer}/{@code Long} (counts),
     * {@link BigDecimal} (figures), {@link Range}, {@link MeanStd} or {@code null} (no value).
     *
     * @param caption  a heading above the table, or {@code null}
     * @param columns  the columns
     * @param rows     the rows, as many cells as columns
     * @param emphasis indices of rows to set off (the evaluated model among baselines)
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Table(String caption, List<Column> columns, List<List<Object>> rows,
                        @JsonIgnore List<Integer> emphasis) {
        /** Copies the lists and checks every row has one cell per column. */
        public Table {
            columns = List.copyOf(columns);
            List<List<Object>> copy = new ArrayList<>(rows.size());
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                            + columns.size() + " columns: " + row);
                }
                copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = List.copyOf(copy);
            emphasis = List.copyOf(emphasis);
        }
    }

    /**
     * A section.
     *
     * @param id     an anchor name
     * @param title  its title, without number
     * @param prose  paragraphs (plain text; {@code `code`} and {@code **bold**} marks allowed)
     * @param tables its tables
     * @param chart  an SVG chart for the HTML page, or {@code null}
     * @param html   interactive or highlighted content for the HTML page only (sample documents,
     *               the error browser), or {@code null}; the data behind it is in the tables or
     *               the predictions file
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Section(String id, String title, List<String> prose, List<Table> tables,
                          @JsonIgnore String chart, @JsonIgnore String html) {
        /** Copies the lists. */
        public Section {
            Objects.requireNonNull(id, "id");
            prose = List.copyOf(prose);
            tables = List.copyOf(tables);
        }
    }

    /** Builds a table row by row. */
    public static final class TableBuilder {
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<Integer> emphasis = new ArrayList<>();

        /** A table with this caption (or {@code null}). */
        public TableBuilder(String caption) {
            this.caption = caption;
        }

        /** Adds a column. */
        public TableBuilder column(String name, Kind kind) {
            columns.add(new Column(name, kind));
            return this;
        }

        /** Adds a row; doubles become three-decimal figures. */
        public TableBuilder row(Object... cells) {
            List<Object> row = new ArrayList<>(cells.length);
            for (Object c : cells) {
                row.add(c instanceof Double d ? Fmt.n3(d) : c);
            }
            rows.add(row);
            return this;
        }

        /** Adds a row that is set off from the others. */
        public TableBuilder emphasisedRow(Object... cells) {
            emphasis.add(rows.size());
            return row(cells);
        }

        /** The table. */
        public Table build() {
            return new Table(caption, columns, rows, emphasis);
        }
    }

    /** Builds a section. */
    public static final class SectionBuilder {
        private final String id;
        private final String title;
        private final List<String> prose = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private String chart;
        private String html;

        /** A section with this anchor and title. */
        public SectionBuilder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Adds a paragraph. */
        public SectionBuilder prose(String paragraph) {
            prose.add(paragraph);
            return this;
        }

        /** Adds a table. */
        public SectionBuilder table(Table table) {
            tables.add(table);
            return this;
        }

        /** Sets the chart. */
        public SectionBuilder chart(String svg) {
            this.chart = svg;
            return this;
        }

        /** Sets the HTML-only content. */
        public SectionBuilder html(String content) {
            this.html = content;
            return this;
        }

        /** The section. */
        public Section build() {
            return new Section(id, title, prose, tables, chart, html);
        }
    }

    /**
     * Writes a cell as text, the same way in every format: an empty string for no value, a
     * {@link Range} as "low to high", a {@link MeanStd} as "mean ± std", a figure with three
     * decimals (with a sign in signed columns, as a percentage in percent columns).
     */
    public static String text(Object cell, Kind kind) {
        boolean signed = kind == Kind.SIGNED || kind == Kind.SIGNED_CI;
        if (cell == null) {
            return "";
        } else if (cell instanceof Range r) {
            return signed ? signed(r.low()) + " to " + signed(r.high()) : plain(r.low()) + " to " + plain(r.high());
        } else if (cell instanceof MeanStd m) {
            return plain(m.mean()) + " ± " + plain(m.std());
        } else if (cell instanceof BigDecimal d) {
            return kind == Kind.PERCENT ? Fmt.percent(d.doubleValue()) : signed ? signed(d) : plain(d);
        }
        return cell.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "n/a" : d.toPlainString();
    }

    private static String signed(BigDecimal d) {
        return d == null ? "n/a" : d.signum() > 0 ? "+" + d.toPlainString() : d.toPlainString();
    }

}
