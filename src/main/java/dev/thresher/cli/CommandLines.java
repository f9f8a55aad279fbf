package dev.thresher.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The command line as the user typed it, for report provenance. */
final class CommandLines {
    private CommandLines() {
    }

    /** {@code thresher} and the original arguments, quoted where a shell would need it. */
    static String of(CommandLine.Model.CommandSpec spec) {
        CommandLine root = spec.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        List<String> args = root.getParseResult() == null ? List.of() : root.getParseResult().originalArgs();
        List<String> out = new ArrayList<>();
        out.add("thresher");
        for (String a : args) {
            out.add(a.matches("[A-Za-z0-9_./:=@+,-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return String.join(" ", out);
    }
}
