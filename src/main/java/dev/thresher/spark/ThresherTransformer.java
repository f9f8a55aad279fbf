package dev.thresher.spark;

import dev.thresher.CleaningPolicy;
import dev.thresher.Label;
import java.io.Serial;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Thresher as a Spark ML {@link Transformer}, for a {@code Pipeline} or on its own: reads each
 * document's text from {@link #inputCol()} and writes, in mode {@code sentences} (the default),
 * one row per sentence with the fields of the command line's JSON Lines output, or, in mode
 * {@code clean}, one row per document with its clean text.
 *
 * <pre>{@code
 * Dataset<Row> sentences = new ThresherTransformer()
 *         .setInputCol("body").setIdCol("url")
 *         .setModel("hdfs:///models/news.thresher")       // or "default", the shipped model
 *         .transform(articles);
 * // url, the other input columns, index, start, end, label, confidence, scores, text, error
 * }</pre>
 *
 * <p>Output columns: the id column first, then the input's other columns (not the text column,
 * nor one named as an output column); then {@code index, start, end, label, confidence,
 * scores, text, error} in sentence mode ({@code scores} a {@code map<string,double>}), or
 * {@code text, error} in clean mode. Every value equals what {@link dev.thresher.Thresher}
 * gives for the same text. A row whose text is null, not a string, or absent (no such column)
 * gives one row with only {@code error} set, and the job goes on; a document without sentences
 * gives no row in sentence mode.
 *
 * <p>The model is loaded once per JVM, when first needed, from any path Hadoop can read, and
 * shared by all tasks; {@link #transform} loads it on the driver first, so a bad path fails there
 * at once.
 */
public final class ThresherTransformer extends Transformer implements DefaultParamsWritable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The output columns of sentence mode, after the input's columns. */
    public static final List<String> SENTENCE_COLUMNS = List.of(SentenceRows.TYPE.fieldNames());
    /** The output columns of clean mode, after the input's columns. */
    public static final List<String> CLEAN_COLUMNS = List.of(CleanRow.TYPE.fieldNames());

    private static final String WORK_COLUMN = "__thresher";

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> idCol;
    private final Param<String> mode;
    private final Param<String> model;
    private final Param<String> cleaningPolicy;
    private final DoubleParam boilerplateThreshold;
    private final StringArrayParam dropLabels;
    private final BooleanParam dropHeadings;
    /** Counts failed documents for the job; not a parameter, not copied or saved. */
    private transient LongAccumulator failures;

    /** A transformer with a fresh uid and the default parameters. */
    public ThresherTransformer() {
        this(Identifiable$.MODULE$.randomUID("thresher"));
    }

    /** A transformer with the given uid (as Spark ML's persistence needs). */
    public ThresherTransformer(String uid) {
        this.uid = uid;
        inputCol = new Param<>(this, "inputCol", "the column of document texts (a.b: field b of struct a)");
        idCol = new Param<>(this, "idCol", "the column of document ids, put first in the output when present");
        mode = new Param<>(this, "mode", "sentences: one row per labelled sentence; clean: one clean text per "
                + "document", ParamValidators.inArray(new String[] {"sentences", "clean"}));
        model = new Param<>(this, "model", "a model bundle on a path Hadoop can read, or 'default' for the model "
                + "shipped in the Thresher jar");
        cleaningPolicy = new Param<>(this, "cleaningPolicy", "clean mode: default, precision or recall",
                ParamValidators.inArray(new String[] {"default", "precision", "recall"}));
        boilerplateThreshold = new DoubleParam(this, "boilerplateThreshold", "clean mode: drop sentences whose "
                + "probability of BOILERPLATE is at least this, in (0, 1] (default: the cleaning policy's)",
                ParamValidators.inRange(0, 1, false, true));
        dropLabels = new StringArrayParam(this, "dropLabels", "clean mode: the labels whose sentences are dropped "
                + "(default: BOILERPLATE)", labels -> Stream.of(labels).allMatch(ThresherTransformer::isLabel));
        dropHeadings = new BooleanParam(this, "dropHeadings", "clean mode: drop headings too");
        setDefault(inputCol, "text");
        setDefault(idCol, "id");
        setDefault(mode, "sentences");
        setDefault(model, Models.DEFAULT);
        setDefault(cleaningPolicy, "default");
        setDefault(dropHeadings, false);
    }

    private static boolean isLabel(String name) {
        return Stream.of(Label.values()).anyMatch(l -> l.name().equals(name));
    }

    /** For Spark ML's persistence ({@code Pipeline.load}, {@code PipelineModel.load}). */
    public static MLReader<ThresherTransformer> read() {
        return new DefaultParamsReader<>();
    }

    /** Loads a transformer saved with {@code write().save(path)}. */
    public static ThresherTransformer load(String path) {
        return read().load(path);
    }

    @Override
    public String uid() {
        return uid;
    }

    /** The column of document texts (default {@code text}). */
    public Param<String> inputCol() {
        return inputCol;
    }

    /** The column of document ids (default {@code id}). */
    public Param<String> idCol() {
        return idCol;
    }

    /** {@code sentences} (default) or {@code clean}. */
    public Param<String> mode() {
        return mode;
    }

    /** The model bundle's path, or {@code default}. */
    public Param<String> model() {
        return model;
    }

    /** Clean mode's preset: {@code default}, {@code precision} or {@code recall}. */
    public Param<String> cleaningPolicy() {
        return cleaningPolicy;
    }

    /** Clean mode: the boilerplate probability from which a sentence is dropped. */
    public DoubleParam boilerplateThreshold() {
        return boilerplateThreshold;
    }

    /** Clean mode: the labels whose sentences are dropped. */
    public StringArrayParam dropLabels() {
        return dropLabels;
    }

    /** Clean mode: whether headings are dropped too. */
    public BooleanParam dropHeadings() {
        return dropHeadings;
    }

    /** Sets {@link #inputCol()}. */
    public ThresherTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    /** Sets {@link #idCol()}. */
    public ThresherTransformer setIdCol(String value) {
        set(idCol, value);
        return this;
    }

    /** Sets {@link #mode()}. */
    public ThresherTransformer setMode(String value) {
        set(mode, value);
        return this;
    }

    /** Sets {@link #model()}. */
    public ThresherTransformer setModel(String value) {
        set(model, value);
        return this;
    }

    /** Sets {@link #cleaningPolicy()}. */
    public ThresherTransformer setCleaningPolicy(String value) {
        set(cleaningPolicy, value);
        return this;
    }

    /**
     * Sets the four cleaning parameters to describe {@code policy}: the default preset with its
     * threshold, dropped labels and headings, so that {@link #policy()} gives it back.
     */
    public ThresherTransformer setCleaningPolicy(CleaningPolicy policy) {
        return setCleaningPolicy("default").setBoilerplateThreshold(policy.boilerplateThreshold())
                .setDropLabels(policy.drop().stream().map(Enum::name).toArray(String[]::new))
                .setDropHeadings(!policy.keepHeadings());
    }

    /** Sets {@link #boilerplateThreshold()}. */
    public ThresherTransformer setBoilerplateThreshold(double value) {
        set(boilerplateThreshold, value);
        return this;
    }

    /** Sets {@link #dropLabels()}. */
    public ThresherTransformer setDropLabels(String... value) {
        set(dropLabels, value);
        return this;
    }

    /** Sets {@link #dropHeadings()}. */
    public ThresherTransformer setDropHeadings(boolean value) {
        set(dropHeadings, value);
        return this;
    }

    /**
     * Counts the documents that get an error into {@code counter} (registered with the
     * SparkContext), for a job that reports them; a retried task may count its documents again.
     */
    ThresherTransformer countFailures(LongAccumulator counter) {
        this.failures = counter;
        return this;
    }

    /** The cleaning policy the parameters describe. */
    public CleaningPolicy policy() {
        CleaningPolicy policy = switch ($(cleaningPolicy)) {
            case "precision" -> CleaningPolicy.PRECISION;
            case "recall" -> CleaningPolicy.RECALL;
            default -> CleaningPolicy.DEFAULT;
        };
        if (isDefined(boilerplateThreshold)) {
            policy = policy.withBoilerplateThreshold((Double) $(boilerplateThreshold));
        }
        if (isDefined(dropLabels)) {
            EnumSet<Label> labels = EnumSet.noneOf(Label.class);
            for (String l : (String[]) $(dropLabels)) {
                labels.add(Label.valueOf(l));
            }
            policy = policy.withDropped(labels);
        }
        return (Boolean) $(dropHeadings) ? policy.withHeadings(false) : policy;
    }

    private boolean clean() {
        return $(mode).equals("clean");
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType schema = dataset.schema();
        transformSchema(schema);
        String text = $(inputCol);
        DataType textType = typeOf(dataset, text);
        // the Hadoop configuration travels with every task: only when there is a file to read
        HadoopConfiguration conf = $(model).equals(Models.DEFAULT) ? null
                : new HadoopConfiguration(dataset.sparkSession().sparkContext().hadoopConfiguration());
        Settings settings = new Settings($(model), conf, text,
                textType == null ? null : textType.simpleString(), policy(), failures);
        settings.thresher(); // on the driver: a model that cannot be loaded fails here, not in every task
        Column input = textType == null ? functions.lit(null).cast(DataTypes.StringType) : functions.col(text);
        List<Column> out = new ArrayList<>(passedThrough(schema).stream()
                .map(f -> functions.col(quote(f.name()))).toList());
        if (clean()) {
            UserDefinedFunction udf = functions.udf(new CleanRow(settings), CleanRow.TYPE);
            Dataset<Row> cleaned = dataset.withColumn(WORK_COLUMN, udf.apply(input));
            CLEAN_COLUMNS.forEach(c -> out.add(functions.col(WORK_COLUMN + "." + c).as(c)));
            return cleaned.select(out.toArray(Column[]::new));
        }
        // explode: one row per sentence, the UDF run once per document (the Generate node's input)
        UserDefinedFunction udf = functions.udf(new SentenceRows(settings), DataTypes.createArrayType(SentenceRows.TYPE));
        List<Column> exploding = new ArrayList<>(out);
        exploding.add(functions.explode(udf.apply(input)).as(WORK_COLUMN));
        Dataset<Row> exploded = dataset.select(exploding.toArray(Column[]::new));
        SENTENCE_COLUMNS.forEach(c -> out.add(functions.col(WORK_COLUMN + "." + c).as(c)));
        return exploded.select(out.toArray(Column[]::new));
    }

    /** The type of column {@code name} (a.b for a struct's field), or null when there is none. */
    private static DataType typeOf(Dataset<?> dataset, String name) {
        try {
            return dataset.select(functions.col(name)).schema().fields()[0].dataType();
        } catch (Exception e) { // Spark's AnalysisException, checked in Java's eyes though not declared
            return null; // no such column: every row is reported
        }
    }

    @Override
    public StructType transformSchema(StructType schema) {
        StructType out = new StructType(passedThrough(schema).toArray(StructField[]::new));
        for (StructField f : (clean() ? CleanRow.TYPE : SentenceRows.TYPE).fields()) {
            out = out.add(f.name(), f.dataType(), true);
        }
        return out;
    }

    /**
     * The input columns copied to the output: the id column first (when present), then the others
     * in order, without the text column and those named as an output column.
     */
    private List<StructField> passedThrough(StructType schema) {
        Set<String> outputs = Stream.concat((clean() ? CLEAN_COLUMNS : SENTENCE_COLUMNS).stream(),
                Stream.of($(inputCol))).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String id = $(idCol).toLowerCase(Locale.ROOT);
        List<StructField> fields = new ArrayList<>();
        for (StructField f : schema.fields()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (name.equals(id) && !outputs.contains(name)) {
                fields.add(0, f);
            } else if (!outputs.contains(name)) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static String quote(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    @Override
    public ThresherTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }
}
