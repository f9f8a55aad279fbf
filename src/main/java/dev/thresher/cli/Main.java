package dev.thresher.cli;

import dev.thresher.ThresherException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point. */
    public static void main(String[] args) {
        // Standard output is buffered (commands flush after each document) and UTF-8, whatever
        // the platform's default; a closed pipe shows up as PrintWriter.checkError().
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        int code = run(args, out, new PrintWriter(System.err, true));
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        configureLogging(verbose);
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("thresher: " + ex.getMessage());
            err.println("Try 'thresher " + String.join(" ", subcommandName(ex.getCommandLine())) + " --help'.");
            return INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCode(ex);
            err.println("thresher: " + message(ex));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cl.execute(args);
    }

    private static String subcommandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName();
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
