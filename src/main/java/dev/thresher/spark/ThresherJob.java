package dev.thresher.spark;

import dev.thresher.cli.CleaningOptions;
import dev.thresher.ThresherException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Thresher as a Spark job: {@code classify} or {@code clean} every document of JSON Lines or
 * Parquet input into Parquet or JSON Lines output, with the command line's options.
 *
 * <pre>
 * spark-submit --class dev.thresher.spark.ThresherJob thresher.jar \
 *     classify --text-field body --id-field url hdfs:///news/2026/ hdfs:///news-sentences/2026/
 * </pre>
 *
 * <p>A record that cannot be classified gives a row with an {@code error} and the job goes on;
 * the job says how many there were when it ends. Run from {@code thresher.jar}, the command
 * line's jar, which holds picocli.
 */
@Command(name = "dev.thresher.spark.ThresherJob", mixinStandardHelpOptions = true,
        versionProvider = ThresherJob.Version.class,
        description = "Thresher on Spark: label the sentences of (classify) or clean the documents of JSON Lines or "
                + "Parquet input, writing Parquet or JSON Lines.",
        subcommands = {ThresherJob.Classify.class, ThresherJob.Clean.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (records that could not be classified have an error in the output)",
            "1:bad usage, unreadable input or output already there", "2:model missing, corrupt or incompatible",
            "70:internal error"})
public final class ThresherJob implements Runnable {
    enum InputFormat { auto, jsonl, parquet }

    /** {@code --version}: Thresher's and Spark's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"thresher " + dev.thresher.model.Versions.thresher(),
                "spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }

    enum OutputFormat { parquet, jsonl }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<SparkSession> spark;
    private final PrintWriter err;

    private ThresherJob(Supplier<SparkSession> spark, PrintWriter err) {
        this.spark = spark;
        this.err = err;
    }

    /** Entry point for {@code spark-submit}: the session comes from its configuration. */
    public static void main(String[] args) {
        SparkSession[] session = new SparkSession[1];
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(() -> session[0] = SparkSession.builder().appName("thresher").getOrCreate(), out, err, args);
        if (session[0] != null) {
            session[0].stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job with {@code args} on the session {@code spark} gives (asked for only once the
     * arguments are valid) and returns the exit code; messages go to {@code out} and {@code err}.
     */
    public static int run(Supplier<SparkSession> spark, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ThresherJob(spark, err)).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> usageError(ex, err));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                return usageError(pe, err);
            }
            err.println("thresher: " + message(ex));
            err.flush();
            return ex instanceof ThresherException te && te.kind() == ThresherException.Kind.MODEL ? 2
                    : ex instanceof ThresherException || isAnalysisError(ex) ? 1 : 70;
        });
        return cl.execute(args);
    }

    private static int usageError(CommandLine.ParameterException ex, PrintWriter err) {
        err.println("thresher: " + ex.getMessage());
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return 1;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: classify or clean");
    }

    /** Fails in one line when nothing matches {@code input}, rather than with Spark's warning and stack trace. */
    private static void requireInput(String input, SparkSession session) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
        try {
            org.apache.hadoop.fs.FileStatus[] matches = path.getFileSystem(session.sparkContext().hadoopConfiguration())
                    .globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new ThresherException(ThresherException.Kind.INPUT, input + ": no such file or folder");
            }
        } catch (java.io.IOException e) {
            throw new ThresherException(ThresherException.Kind.INPUT, input + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isAnalysisError(Throwable ex) {
        // Spark's AnalysisException: no such input, output already there, a column that is not there
        return ex.getClass().getName().endsWith("AnalysisException");
    }

    private static String message(Throwable ex) {
        String m = ex.getMessage();
        String first = m == null ? "" : m.lines().findFirst().orElse("");
        return ex instanceof ThresherException ? first : ex.getClass().getSimpleName() + ": " + first;
    }

    /** The options of both commands. */
    static final class JobOptions {
        @Option(names = "--model", paramLabel = "PATH", defaultValue = "default",
                description = "Model bundle on any path Hadoop can read (hdfs://, s3a://, file:), or 'default' for "
                        + "the model shipped in the jar (default: ${DEFAULT-VALUE}).")
        String model;

        @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
                description = "auto: Parquet for INPUT ending in .parquet, JSON Lines otherwise; jsonl; parquet "
                        + "(default: ${DEFAULT-VALUE}).")
        InputFormat inputFormat;

        @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
                description = "The field (column) holding a document's text; a.b names field b of object a "
                        + "(default: ${DEFAULT-VALUE}).")
        String textField;

        @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
                description = "The field holding a document's id, written first (default: ${DEFAULT-VALUE}).")
        String idField;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Spread the documents over N partitions first (default: as Spark reads them).")
        Integer partitions;

        @Option(names = "--overwrite", description = "Replace OUTPUT if it exists (default: fail).")
        boolean overwrite;

        @Parameters(index = "0", paramLabel = "INPUT", description = "A file or folder of JSON Lines or Parquet "
                + "files, on any path Spark can read; globs are allowed.")
        String input;

        @Parameters(index = "1", paramLabel = "OUTPUT", description = "The folder to write (Spark's part files).")
        String output;
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "One row per sentence: id, the input's other fields, index, start, end, label, confidence, "
                    + "scores, text, error.")
    static final class Classify implements Callable<Integer> {
        @CommandLine.ParentCommand
        ThresherJob job;

        @Mixin
        JobOptions options;

        @Override
        public Integer call() {
            return job.execute(options, new ThresherTransformer());
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = "One row per document: id, the input's other fields, the text without the sentences the "
                    + "cleaning policy drops, error.")
    static final class Clean implements Callable<Integer> {
        @CommandLine.ParentCommand
        ThresherJob job;

        @Mixin
        JobOptions options;

        @Mixin
        CleaningOptions cleaning;

        @Override
        public Integer call() {
            ThresherTransformer t = new ThresherTransformer().setMode("clean").setCleaningPolicy(cleaning.policy());
            return job.execute(options, t);
        }
    }

    private int execute(JobOptions o, ThresherTransformer transformer) {
        transformer.setModel(o.model).setInputCol(o.textField).setIdCol(o.idField);
        SparkSession session = spark.get();
        requireInput(o.input, session);
        boolean parquet = o.inputFormat == InputFormat.parquet || o.inputFormat == InputFormat.auto
                && o.input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet");
        Dataset<Row> input = parquet ? session.read().parquet(o.input)
                : JsonLinesInput.read(session, o.input, o.textField);
        if (o.partitions != null) {
            input = input.repartition(o.partitions);
        }
        LongAccumulator failures = session.sparkContext().longAccumulator("thresher: records with an error");
        Dataset<Row> result = transformer.countFailures(failures).transform(input);
        if (!parquet) {
            result = result.withColumn("error", functions.coalesce(functions.col(JsonLinesInput.READ_ERROR),
                    functions.col("error"))).drop(JsonLinesInput.READ_ERROR);
        }
        SaveMode mode = o.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (o.format == OutputFormat.parquet) {
            result.write().mode(mode).parquet(o.output);
        } else {
            result.write().mode(mode).json(o.output);
        }
        long failed = failures.sum();
        if (failed > 0) {
            err.printf(Locale.ROOT, "thresher: %,d record(s) could not be read or classified; see the error column of %s%n",
                    failed, o.output);
            err.flush();
        }
        return 0;
    }
}
