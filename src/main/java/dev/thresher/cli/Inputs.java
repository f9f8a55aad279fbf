package dev.thresher.cli;

import dev.thresher.ThresherException;
import dev.thresher.batch.Document;
import dev.thresher.batch.Input;
import dev.thresher.batch.JsonlReader;
import dev.thresher.batch.TextFileInput;
import dev.thresher.batch.TextFolder;
import dev.thresher.data.TextFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Resolves INPUT arguments into a lazy stream of documents: {@code .txt} files, folders of
 * {@code .txt} files (recursively), JSON Lines files, or {@code -} for standard input.
 */
final class Inputs {
    enum Format { txt, jsonl }

    private Inputs() {
    }

    /** Everything {@code arguments} name, checked up front (each must exist), read lazily. */
    static Resolved resolve(List<String> arguments, Format format, String textField, String idField, InputStream stdin) {
        List<Source> sources = new ArrayList<>();
        boolean folders = false;
        for (String argument : arguments) {
            if (argument.equals("-")) {
                sources.add(new Source(argument, null, false));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                if (format == Format.jsonl) {
                    throw new ThresherException(ThresherException.Kind.INPUT, argument
                            + ": is a folder; --input-format jsonl reads JSON Lines files or -");
                }
                folders = true;
                sources.add(new Source(argument, path, true));
            } else if (Files.exists(path)) {
                sources.add(new Source(argument, path, false));
            } else {
                throw new ThresherException(ThresherException.Kind.INPUT, argument + ": no such file or folder");
            }
        }
        boolean many = arguments.size() > 1 || folders || format == Format.jsonl;
        return new Resolved(sources, format, textField, idField, stdin, many);
    }

    private record Source(String argument, Path path, boolean folder) {
    }

    /** The resolved inputs. */
    static final class Resolved {
        private final List<Source> sources;
        private final Format format;
        private final String textField;
        private final String idField;
        private final InputStream stdin;
        private final boolean many;

        private Resolved(List<Source> sources, Format format, String textField, String idField, InputStream stdin,
                         boolean many) {
            this.sources = sources;
            this.format = format;
            this.textField = textField;
            this.idField = idField;
            this.stdin = stdin;
            this.many = many;
        }

        /** Whether the inputs may hold more than one document (outputs then name each one). */
        boolean many() {
            return many;
        }

        /** The total size in bytes, or -1 when unknown (standard input); walks folders. */
        long totalSize() {
            long total = 0;
            for (Source s : sources) {
                if (s.path() == null) {
                    return -1;
                }
                try {
                    total += s.folder() ? TextFolder.totalSize(s.path()) : Files.size(s.path());
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            }
            return total;
        }

        /** The documents, pulled lazily; a JSON Lines file is open while its records are pulled. */
        Iterator<Input> iterator() {
            return new Iterator<>() {
                private int index;
                private Iterator<Input> current;
                private InputStream open;

                @Override
                public boolean hasNext() {
                    while (current == null || !current.hasNext()) {
                        close();
                        if (index == sources.size()) {
                            return false;
                        }
                        current = open(sources.get(index++));
                    }
                    return true;
                }

                @Override
                public Input next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }

                private Iterator<Input> open(Source s) {
                    if (s.folder()) {
                        return new TextFolder(s.path());
                    }
                    if (format == Format.txt) {
                        Input one = s.path() == null ? new StdinInput(stdin)
                                : new TextFileInput(s.path().getFileName().toString(), s.path(), size(s.path()));
                        return List.of(one).iterator();
                    }
                    if (s.path() == null) {
                        return new JsonlReader(stdin, "<stdin>", textField, idField);
                    }
                    try {
                        open = new BufferedInputStream(Files.newInputStream(s.path()), 1 << 16);
                    } catch (IOException e) {
                        throw new ThresherException(ThresherException.Kind.INPUT, s.argument() + ": cannot read: "
                                + e.getMessage(), e);
                    }
                    return new JsonlReader(open, s.path().getFileName().toString(), textField, idField);
                }

                private void close() {
                    if (open != null) {
                        try {
                            open.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } finally {
                            open = null;
                        }
                    }
                }
            };
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    /** Standard input as one text document. */
    private record StdinInput(InputStream stdin) implements Input {
        @Override
        public String location() {
            return "<stdin>";
        }

        @Override
        public long size() {
            return -1;
        }

        @Override
        public Document read() {
            try {
                return new Document("-", TextFiles.decodeUtf8(stdin.readAllBytes(), "<stdin>",
                        ThresherException.Kind.INPUT));
            } catch (IOException e) {
                throw new ThresherException(ThresherException.Kind.INPUT, "<stdin>: cannot read: " + e.getMessage(), e);
            }
        }
    }
}
