package dev.thresher.cli;

import dev.thresher.Thresher;
import dev.thresher.TrainerSettings;
import dev.thresher.bench.BenchCorpus;
import dev.thresher.bench.ColdRun;
import dev.thresher.bench.Measure;
import dev.thresher.bench.Pipelines;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.model.ModelBundle;
import dev.thresher.train.ModelTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code thresher bench}: the throughput, latency, load-time, training-time and heap benchmark,
 * Thresher against OpenNLP's sentence detector + tokenizer alone and a doccat pipeline, in one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark Thresher against OpenNLP SentenceDetectorME + TokenizerME alone and a "
                + "DocumentCategorizerME pipeline on a corpus generated from a dataset folder (documents repeated "
                + "and shuffled, seeded). Prints throughput (1 thread, the better of two passes, and --threads), "
                + "latency of a ~5 KB article, "
                + "model load and training times, heap use, and the ratios; then, unless --no-cold, the same "
                + "corpus as JSON Lines through 'classify' in new JVMs (1 thread and --threads, JVM start included). "
                + "With --write-jsonl, only writes a generated JSON Lines corpus.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ModelOption model;

    @Mixin
    DataOption dataset;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--mb", defaultValue = "50", paramLabel = "N",
            description = "Corpus size in MB of UTF-8, fractions allowed (default: ${DEFAULT-VALUE}).")
    double megabytes;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "SECONDS",
            description = "Warm-up per pipeline before it is measured (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--latency-runs", defaultValue = "1000", paramLabel = "N",
            description = "Runs of the ~5 KB article for the latency percentiles (default: ${DEFAULT-VALUE}).")
    int latencyRuns;

    @Option(names = "--cold-mb", paramLabel = "N",
            description = "Corpus size in MB of the cold-process pass (default: --mb, so that it runs the very "
                    + "documents the warm passes ran).")
    Double coldMegabytes;

    @Option(names = "--no-cold", description = "Skip the cold-process pass.")
    boolean noCold;

    @Option(names = "--write-jsonl", paramLabel = "FILE",
            description = "Only write a JSON Lines corpus of --mb MB ({\"id\", \"text\"} per line) to FILE, and stop.")
    Path writeJsonl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        Path data = dataset.folder();
        long target = Math.round(megabytes * 1e6);
        if (writeJsonl != null) {
            long records = BenchCorpus.writeJsonl(BenchCorpus.texts(data), target, seed, writeJsonl);
            spec.commandLine().getErr().printf("wrote %,d records (%,d bytes) to %s%n", records, Files.size(writeJsonl),
                    writeJsonl);
            return Main.OK;
        }
        int n = threads.threads();
        long coldTarget = coldMegabytes == null ? target : Math.round(coldMegabytes * 1e6);
        if (coldMegabytes != null && !(coldMegabytes > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cold-mb must be more than 0, not "
                    + spec.commandLine().getParseResult().matchedOption("--cold-mb").originalStringValues().get(0));
        }

        // Model load first, while this JVM has loaded as little as possible.
        Measure.Timed<Thresher> cold = Measure.time(model::load);
        double thresherLoad = Measure.medianSeconds(5, model::load);
        Measure.Timed<Pipelines.OpenNlpModels> opennlpCold = Measure.time(Pipelines.OpenNlpModels::load);
        double opennlpLoad = Measure.medianSeconds(5, Pipelines.OpenNlpModels::load);
        // Heap held by each loaded model: live heap after a full GC, before and after loading.
        long base = Measure.liveHeap();
        Thresher thresher = model.load();
        thresher.classify("Warm up. The council met.");
        long thresherHeap = Measure.liveHeap() - base;
        Pipelines.OpenNlpModels models = Pipelines.OpenNlpModels.load();
        Pipelines.sentenceAndTokens(models).process("Warm up. The council met.");
        long opennlpHeap = Measure.liveHeap() - base - thresherHeap;

        List<String> texts = BenchCorpus.texts(data);
        List<String> corpus = BenchCorpus.generate(texts, target, seed);
        long[] bytes = corpus.stream().mapToLong(BenchCorpus::utf8Length).toArray();
        String article = article(texts, 5000);

        Path trainFolder = Files.isDirectory(data.resolve("train")) ? data.resolve("train") : data;
        List<LabeledDocument> train = DatasetReader.readFolder(trainFolder);
        List<LabeledDocument> test = Files.isDirectory(data.resolve("test"))
                ? DatasetReader.readFolder(data.resolve("test")) : List.of();
        Measure.Timed<ModelBundle> thresherTraining = Measure.time(() ->
                new ModelTrainer(FeatureConfig.defaults(), TrainerSettings.defaults()).train(train));
        var doccatTraining = Measure.time(() -> Pipelines.trainDoccat(train, models));
        byte[] doccatBytes = Pipelines.serialise(doccatTraining.value());
        double doccatLoad = opennlpLoad + Measure.medianSeconds(5, () -> Pipelines.loadDoccat(doccatBytes));
        long beforeDoccat = Measure.liveHeap();
        var doccat = Pipelines.loadDoccat(doccatBytes);
        long doccatHeap = opennlpHeap + Measure.liveHeap() - beforeDoccat;

        out.printf(Locale.ROOT, "Thresher benchmark: %s, %d processors, Java %s, max heap %d MB%n",
                data, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "corpus: %,d documents, %.1f MB (%d dataset documents repeated and shuffled, seed %d); "
                + "latency article: %,d bytes%n", corpus.size(), sum(bytes) / 1e6, texts.size(), seed,
                BenchCorpus.utf8Length(article));
        out.flush();

        List<Row> rows = new ArrayList<>();
        rows.add(measure("Thresher (segment + features + classify)", Pipelines.thresher(thresher), corpus, bytes,
                article, n, thresherLoad, thresherTraining.seconds(), thresherHeap));
        rows.add(measure("(a) OpenNLP SentenceDetectorME + TokenizerME", Pipelines.sentenceAndTokens(models), corpus,
                bytes, article, n, opennlpLoad, Double.NaN, opennlpHeap));
        rows.add(measure("(b) (a) + DocumentCategorizerME per sentence", Pipelines.doccat(models, doccat), corpus,
                bytes, article, n, doccatLoad, doccatTraining.seconds(), doccatHeap));

        out.println();
        out.printf(Locale.ROOT, "%-46s %9s %11s %9s %11s %7s %8s %8s %8s %8s %9s %9s%n", "pipeline", "MB/s 1T",
                "sent/s 1T", "MB/s " + n + "T", "sent/s " + n + "T", "scale", "p50 ms", "p99 ms", "load s",
                "train s", "model MB", "peak MB");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-46s %9.2f %,11.0f %9.2f %,11.0f %6.2fx %8.2f %8.2f %8s %8s %9.1f %9d%n", r.name,
                    r.one.megabytesPerSecond(), r.one.sentencesPerSecond(), r.many.megabytesPerSecond(),
                    r.many.sentencesPerSecond(), r.many.megabytesPerSecond() / r.one.megabytesPerSecond(),
                    r.latency.p50(), r.latency.p99(), fmt(r.load), fmt(r.training), r.modelHeap / 1048576.0,
                    Math.max(r.one.peakHeapBytes(), r.many.peakHeapBytes()) >> 20);
        }
        out.println("  MB/s: MB of UTF-8 input per second; 1T/" + n + "T: 1 and " + n + " threads; p50/p99: latency of one "
                + "~5 KB article, 1 thread; load: model load (warm, median of 5; doccat: with (a)'s models); "
                + "model MB: live heap held by the loaded models; peak MB: most heap in use during the throughput runs "
                + "(corpus included; depends on -Xmx).");
        Row t = rows.get(0);
        Row a = rows.get(1);
        Row b = rows.get(2);
        if (!noCold) {
            List<String> coldCorpus = coldTarget == target ? corpus : BenchCorpus.generate(texts, coldTarget, seed);
            printCold(coldPass(coldCorpus, n, Pipelines.thresher(thresher)), n);
        }
        double startup = startToFirstOutput(article);
        out.println();
        out.println("ratios (single thread, warm) and targets:");
        ratio("end-to-end / (a) sentdetect+TokenizerME, MB/s", t.one.megabytesPerSecond() / a.one.megabytesPerSecond(),
                ">= 0.9", 0.9);
        ratio("end-to-end / (b) doccat path, MB/s", t.one.megabytesPerSecond() / b.one.megabytesPerSecond(),
                ">= 1.0", 1.0);
        ratio("end-to-end " + n + " threads / 1 thread", t.many.megabytesPerSecond() / t.one.megabytesPerSecond(),
                ">= 1.7", 1.7);
        ratio("(a) " + n + " threads / 1 thread", a.many.megabytesPerSecond() / a.one.megabytesPerSecond(), "", 0);
        ratio("(b) " + n + " threads / 1 thread", b.many.megabytesPerSecond() / b.one.megabytesPerSecond(), "", 0);
        ratio("p50 latency (b) / Thresher", b.latency.p50() / t.latency.p50(), "", 0);
        out.printf(Locale.ROOT, "  %-52s %8.3f s   target < 1 s: %s%n", "Thresher model load, first in this JVM",
                cold.seconds(), cold.seconds() < 1 ? "met" : "MISSED");
        out.printf(Locale.ROOT, "  %-52s %8.3f s%n", "Thresher model load, again (median of 5)", thresherLoad);
        if (!Double.isNaN(startup)) {
            out.printf(Locale.ROOT, "  %-52s %8.3f s   target < 2 s: %s%n",
                    "java -jar start to first output, one article (median of 3)", startup, startup < 2 ? "met" : "MISSED");
        }
        out.printf(Locale.ROOT, "  %-52s %8.1f s%n", "Thresher training on " + trainFolder + " (" + train.size()
                + " documents)", thresherTraining.seconds());
        if (!test.isEmpty()) {
            out.printf(Locale.ROOT, "  %-52s %8.3f%n", "accuracy on " + data.resolve("test")
                    + " gold sentences: Thresher", Pipelines.thresherAccuracy(model.loadPipeline(), test));
            out.printf(Locale.ROOT, "  %-52s %8.3f%n", "accuracy on " + data.resolve("test")
                    + " gold sentences: doccat (b)", Pipelines.doccatAccuracy(doccat, models, test));
        }
        out.flush();
        return Main.OK;
    }

    private record Row(String name, Measure.Throughput one, Measure.Throughput many, Measure.Latency latency,
                       double load, double training, long modelHeap) {
    }

    private Row measure(String name, Pipelines.Pipeline pipeline, List<String> corpus, long[] bytes, String article,
                        int n, double load, double training, long modelHeap) {
        spec.commandLine().getErr().printf("bench: %s: warming up %.0f s%n", name, warmup);
        Measure.warmUp(pipeline, corpus, warmup, 1);
        Measure.Throughput one = Measure.throughput(pipeline, corpus, bytes, 1);
        spec.commandLine().getErr().printf(Locale.ROOT, "bench: %s: 1 thread %.2f MB/s%n", name,
                one.megabytesPerSecond());
        Measure.warmUp(pipeline, corpus, Math.min(5, warmup), n);
        Measure.Throughput many = Measure.throughput(pipeline, corpus, bytes, n);
        spec.commandLine().getErr().printf(Locale.ROOT, "bench: %s: %d threads %.2f MB/s%n", name, n,
                many.megabytesPerSecond());
        // The first single-thread pass can still be compiling: measure it again, keep the faster.
        Measure.Throughput again = Measure.throughput(pipeline, corpus, bytes, 1);
        spec.commandLine().getErr().printf(Locale.ROOT, "bench: %s: 1 thread again %.2f MB/s%n", name,
                again.megabytesPerSecond());
        if (again.megabytesPerSecond() > one.megabytesPerSecond()) {
            one = again;
        }
        Measure.Latency latency = Measure.latency(pipeline, article, latencyRuns);
        return new Row(name, one, many, latency, load, training, modelHeap);
    }

    /**
     * One thread count of the cold-process pass, in wall seconds: the command in a new JVM
     * ({@code cold}); then, in this warm JVM on the same documents, the engine alone
     * ({@code engine}) and the same command ({@code cli}, the better of two runs).
     */
    private record ColdRuns(double cold, double engine, double cli) {
    }

    /** The cold-process pass: 1 thread and {@code n} threads (the same runs when n is 1), and start-up. */
    private record Cold(String launcher, int documents, long textBytes, long fileBytes, double startup, ColdRuns one,
                        ColdRuns many) {
        double megabytesPerSecond(double seconds) {
            return textBytes / 1e6 / seconds;
        }
    }

    private Cold coldPass(List<String> docs, int n, Pipelines.Pipeline engine) throws IOException,
            InterruptedException {
        ColdRun run = ColdRun.of(Main.class);
        Path file = Files.createTempFile("thresher-cold", ".jsonl");
        Path first = Files.createTempFile("thresher-cold-first", ".jsonl");
        try {
            BenchCorpus.writeJsonl(docs, file);
            long[] bytes = docs.stream().mapToLong(BenchCorpus::utf8Length).toArray();
            long textBytes = sum(bytes);
            ColdRuns one = coldRuns(run, file, 1, docs, bytes, engine);
            ColdRuns many = n == 1 ? one : coldRuns(run, file, n, docs, bytes, engine);
            BenchCorpus.writeJsonl(docs.subList(0, 1), first);
            spec.commandLine().getErr().println("bench: cold process on the first document alone (median of 3)");
            double[] startups = new double[3];
            for (int r = 0; r < startups.length; r++) {
                startups[r] = run.seconds(coldArguments("1", first.toString()));
            }
            Arrays.sort(startups);
            String launcher = run.fromJar() ? String.join(" ", run.launcher())
                    : run.launcher().get(0) + " -cp CLASSPATH " + Main.class.getName();
            return new Cold(launcher, docs.size(), textBytes, Files.size(file), startups[1], one, many);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(first);
        }
    }

    /**
     * The cold run on {@code n} threads, then, right after it (the machine's speed drifts over
     * minutes), the warm engine and the warm command line on the same documents.
     */
    private ColdRuns coldRuns(ColdRun run, Path file, int n, List<String> docs, long[] bytes,
                              Pipelines.Pipeline engine) throws IOException, InterruptedException {
        double cold = coldSeconds(run, file, n, sum(bytes));
        spec.commandLine().getErr().printf("bench: the engine in this JVM on the same documents, %d thread%s%n", n,
                n == 1 ? "" : "s");
        double warm = Measure.throughput(engine, docs, bytes, n).seconds();
        return new ColdRuns(cold, warm, warmCliSeconds(file, n));
    }

    /**
     * Wall seconds of the cold runs' command in this JVM, whose engine is warm: the better of two
     * runs (the first also warms the reading and writing code), output encoded and discarded.
     */
    private double warmCliSeconds(Path file, int n) {
        spec.commandLine().getErr().printf("bench: the same command in this JVM, %d thread%s%n", n, n == 1 ? "" : "s");
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < 2; r++) {
            PrintWriter discard = new PrintWriter(new java.io.OutputStreamWriter(java.io.OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8));
            long start = System.nanoTime();
            int code = Main.run(coldArguments(String.valueOf(n), file.toString()).toArray(new String[0]),
                    new Main.Streams(InputStream.nullInputStream(), Terminal.NONE), discard, discard);
            discard.flush();
            if (code != Main.OK) {
                throw new IllegalStateException("classify in this JVM exited with " + code);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private double coldSeconds(ColdRun run, Path file, int n, long textBytes) throws IOException, InterruptedException {
        spec.commandLine().getErr().printf("bench: cold process, %d thread%s%n", n, n == 1 ? "" : "s");
        double seconds = run.seconds(coldArguments(String.valueOf(n), file.toString()));
        spec.commandLine().getErr().printf(Locale.ROOT, "bench: cold process, %d thread%s: %.2f MB/s (%.1f s)%n", n,
                n == 1 ? "" : "s", textBytes / 1e6 / seconds, seconds);
        return seconds;
    }

    /** The arguments of a cold run: {@code classify} on a JSON Lines file, with this run's --model if one was given. */
    private List<String> coldArguments(String threads, String file) {
        List<String> args = new ArrayList<>(List.of("classify"));
        if (!ModelOption.isDefault(model.model)) {
            args.addAll(List.of("--model", model.model));
        }
        args.addAll(List.of("--input-format", "jsonl", "--format", "jsonl", "--threads", threads, file));
        return args;
    }

    private void printCold(Cold c, int n) {
        out.println();
        out.println("cold process (a new JVM per run, JVM start included, output discarded), each run followed by");
        out.println("the warm engine on the same documents in this JVM:");
        out.println("  " + c.launcher() + " " + String.join(" ", coldArguments(n == 1 ? "1" : "1|" + n, "FILE")));
        out.printf(Locale.ROOT, "  corpus: %,d documents, %.1f MB of text (%.1f MB as JSON Lines)%n", c.documents(),
                c.textBytes() / 1e6, c.fileBytes() / 1e6);
        out.printf(Locale.ROOT, "  %-52s %8.2f MB/s %7.1f s%n", "Thresher cold, 1 thread",
                c.megabytesPerSecond(c.one().cold()), c.one().cold());
        out.printf(Locale.ROOT, "  %-52s %8.2f MB/s %7.1f s%n", "  the warm engine right after, 1 thread",
                c.megabytesPerSecond(c.one().engine()), c.one().engine());
        if (n > 1) {
            out.printf(Locale.ROOT, "  %-52s %8.2f MB/s %7.1f s%n", "Thresher cold, " + n + " threads",
                    c.megabytesPerSecond(c.many().cold()), c.many().cold());
            out.printf(Locale.ROOT, "  %-52s %8.2f MB/s %7.1f s%n", "  the warm engine right after, " + n + " threads",
                    c.megabytesPerSecond(c.many().engine()), c.many().engine());
        }
        ratio("cold 1 thread / warm 1 thread, MB/s", c.one().engine() / c.one().cold(), ">= 0.9", 0.9);
        if (n > 1) {
            double goal = 0.9 * n;
            ratio("cold " + n + " threads / cold 1 thread, MB/s", c.one().cold() / c.many().cold(),
                    String.format(Locale.ROOT, ">= %.1f", goal), goal);
        }
        printWhereTheTimeGoes(c, n);
        out.flush();
    }

    /**
     * The cold runs' wall time in parts: start-up (a new JVM on the first document alone), the
     * engine at its warm speed, the command line's reading and writing (the same command in this
     * warm JVM, less the engine), and the rest, which is warming up: code running interpreted or
     * compiled without optimisation while the JIT compiler works.
     */
    private void printWhereTheTimeGoes(Cold c, int n) {
        ColdRuns[] runs = {c.one(), c.many()};
        int columns = n == 1 ? 1 : 2;
        out.printf(Locale.ROOT, "  where the cold time goes, s %33s%s%n", "1 thread",
                columns == 2 ? String.format(Locale.ROOT, " %10s", n + " threads") : "");
        part("JVM start, model load, first document (new JVM)", columns, k -> c.startup());
        part("the engine at its warm speed", columns, k -> runs[k].engine());
        part("reading, formatting, writing (warm CLI - engine)", columns, k -> runs[k].cli() - runs[k].engine());
        part("warming up (the rest: code not yet compiled)", columns,
                k -> runs[k].cold() - c.startup() - runs[k].cli());
        part("the cold run", columns, k -> runs[k].cold());
    }

    private void part(String what, int columns, java.util.function.IntToDoubleFunction seconds) {
        out.printf(Locale.ROOT, "    %-52s %8.2f%s%n", what, seconds.applyAsDouble(0),
                columns == 2 ? String.format(Locale.ROOT, " %10.2f", seconds.applyAsDouble(1)) : "");
    }

    private void ratio(String what, double value, String target, double threshold) {
        out.printf(Locale.ROOT, "  %-52s %8.2fx%s%n", what, value,
                target.isEmpty() ? "" : "  target " + target + ": " + (value >= threshold ? "met" : "MISSED"));
    }

    private static String fmt(double seconds) {
        return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }

    /**
     * A ~{@code size}-byte article: the largest document, continued with the lines of the next
     * largest ones, cut at the first line end past {@code size} bytes (the dataset's documents are
     * 1.4-3.6 KB).
     */
    static String article(List<String> texts, long size) {
        List<String> bySize = new ArrayList<>(texts);
        bySize.sort(java.util.Comparator.comparingLong(BenchCorpus::utf8Length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        StringBuilder out = new StringBuilder();
        for (String t : bySize) {
            for (String line : t.split("\n", -1)) {
                if (BenchCorpus.utf8Length(out.toString()) >= size) {
                    return out.toString();
                }
                out.append(line).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Median wall time of {@code java -jar <this jar> classify ARTICLE} until its first byte of output; NaN outside a jar. */
    private double startToFirstOutput(String article) throws IOException, InterruptedException {
        ColdRun run = ColdRun.of(Main.class);
        if (!run.fromJar()) {
            return Double.NaN;
        }
        Path file = Files.createTempFile("thresher-article", ".txt");
        try {
            Files.writeString(file, article, StandardCharsets.UTF_8);
            double[] runs = new double[3];
            for (int r = 0; r < runs.length; r++) {
                List<String> command = run.command(List.of("classify", "--model", model.model, file.toString()));
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                try (InputStream in = p.getInputStream()) {
                    in.read();
                    runs[r] = (System.nanoTime() - start) / 1e9;
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                p.waitFor();
            }
            Arrays.sort(runs);
            return runs[1];
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
