package dev.thresher.cli;

import dev.thresher.ThresherException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data}: the dataset a command reads. */
final class DataOption {
    @Option(names = "--data", defaultValue = "datasets", paramLabel = "DIR",
            description = "A dataset folder (with train/, dev/ and test/ splits) or one folder of labelled "
                    + "documents (default: ${DEFAULT-VALUE}, the repository's dataset).")
    Path data;

    /**
     * The folder, checked to exist.
     *
     * @throws ThresherException of kind INPUT naming the folder and {@code --data} when it does not
     */
    Path folder() {
        if (!Files.isDirectory(data)) {
            throw new ThresherException(ThresherException.Kind.INPUT, data + ": no such folder; run from the "
                    + "Thresher repository or name a dataset with --data DIR");
        }
        return data;
    }

    /** The {@code split} subfolder of the dataset if it has one, else the folder itself. */
    Path split(String split) {
        Path folder = folder();
        return Files.isDirectory(folder.resolve(split)) ? folder.resolve(split) : folder;
    }
}
