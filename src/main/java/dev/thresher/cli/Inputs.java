package dev.thresher.cli;

import dev.thresher.ThresherException;
import dev.thresher.data.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Resolves INPUT arguments: files, folders of {@code .txt} files (recursively), or {@code -}. */
final class Inputs {
    /** One input document: its name in output and a way to read it. */
    record Input(String name, Path path) {
        boolean isStdin() {
            return path == null;
        }

        String read(InputStream stdin) {
            if (path != null) {
                return TextFiles.readUtf8(path, ThresherException.Kind.INPUT);
            }
            try {
                return TextFiles.decodeUtf8(stdin.readAllBytes(), "<stdin>", ThresherException.Kind.INPUT);
            } catch (IOException e) {
                throw new ThresherException(ThresherException.Kind.INPUT, "<stdin>: cannot read: " + e.getMessage(), e);
            }
        }
    }

    private Inputs() {
    }

    static List<Input> resolve(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(new Input("-", null));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(p -> inputs.add(new Input(path.relativize(p).toString(), p)));
                } catch (IOException e) {
                    throw new ThresherException(ThresherException.Kind.INPUT, argument + ": cannot list: "
                            + e.getMessage(), e);
                }
            } else if (Files.exists(path)) {
                inputs.add(new Input(path.getFileName().toString(), path));
            } else {
                throw new ThresherException(ThresherException.Kind.INPUT, argument + ": no such file or folder");
            }
        }
        return inputs;
    }
}
