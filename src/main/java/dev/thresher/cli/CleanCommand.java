package dev.thresher.cli;

import dev.thresher.Thresher;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thresher clean}: prints the input without its boilerplate. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Print the text with boilerplate sentences removed and paragraph breaks kept.")
final class CleanCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "INPUT", description = "A .txt file, or - for standard input.")
    String input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.Input resolved = Inputs.resolve(List.of(input)).get(0);
        String text = resolved.read(System.in);
        Thresher thresher = common.load();
        PrintWriter out = spec.commandLine().getOut();
        String clean = thresher.clean(text);
        out.print(clean);
        if (!clean.isEmpty() && !clean.endsWith("\n")) {
            out.println();
        }
        out.flush();
        return Main.OK;
    }
}
