package dev.thresher.cli;

import dev.thresher.ThresherException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code thresher} command line: the only place that prints or exits. */
@Command(name = "thresher", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Labels the sentences of news text as CLAIM, QUOTATION, OPINION or BOILERPLATE.",
        subcommands = {ClassifyCommand.class, CleanCommand.class, TrainCommand.class, EvaluateCommand.class,
            CompareCommand.class, StatsCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:bad usage or unreadable input",
            "2:model missing, corrupt or incompatible",
            "3:malformed dataset",
            "4:cannot write output",
            "70:internal error (a bug: rerun with --verbose and report it)"})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int INPUT = 1;
    static final int MODEL = 2;
    static final int DATA = 3;
    static final int OUTPUT = 4;
    static final int INTERNAL = 70;

    /**
     * What the process reads from and which of its streams are terminals.
     *
     * @param stdin    standard input
     * @param terminal which standard streams are terminals
     */
    record Streams(InputStream stdin, Terminal terminal) {
    }

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log what happens and print stack traces on errors.")
    boolean verbose;

    private final Streams streams;

    Main(Streams streams) {
        this.streams = streams;
    }

    Streams streams() {
        return streams;
    }

    /** Entry point. */
    public static void main(String[] args) {
        // Standard output is buffered (commands flush after each document) and UTF-8, whatever
        // the platform's default; a closed pipe shows up as PrintWriter.checkError().
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        int code = run(args, new Streams(System.in, Terminal.detect()), out, new PrintWriter(System.err, true));
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    static int run(String[] args, Streams streams, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main(streams)).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            usageError(ex, err);
            return INPUT;
        });
        cl.setExecutionStrategy(parseResult -> {
            configureLogging(verbose(parseResult));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                usageError(pe, err);
                return INPUT;
            }
            err.println("thresher: " + message(ex));
            if (verbose(parseResult)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return exitCode(ex);
        });
        return cl.execute(args);
    }

    private static void usageError(CommandLine.ParameterException ex, PrintWriter err) {
        CommandLine c = ex.getCommandLine();
        err.println("thresher: " + ex.getMessage());
        err.println("Try 'thresher " + (c.getParent() == null ? "" : c.getCommandName() + " ") + "--help'.");
        err.flush();
    }

    /** Whether {@code --verbose} was given, to the root command or to a subcommand. */
    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof ThresherException te) {
            return switch (te.kind()) {
                case INPUT -> INPUT;
                case MODEL -> MODEL;
                case DATA -> DATA;
            };
        }
        if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
            return OUTPUT;
        }
        return INTERNAL;
    }

    private static String message(Throwable ex) {
        if (ex instanceof ThresherException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    /** Quiet by default: Tribuo logs every training epoch at INFO through java.util.logging. */
    private static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.INFO : Level.WARNING;
        root.setLevel(level);
        for (var handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
