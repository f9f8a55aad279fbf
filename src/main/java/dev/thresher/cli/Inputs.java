package dev.thresher.cli;

import dev.thresher.Document;
import dev.thresher.DocumentSource;
import dev.thresher.ThresherException;
import dev.thresher.batch.HtmlFileInput;
import dev.thresher.batch.JsonlReader;
import dev.thresher.batch.TextFileInput;
import dev.thresher.batch.TextFolder;
import dev.thresher.data.TextFiles;
import dev.thresher.html.HtmlText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Resolves INPUT arguments into a lazy stream of document sources: {@code .txt} files, web pages
 * ({@code .html}, {@code .htm}), folders of them (recursively), JSON Lines files, or {@code -}
 * for standard input. An
 * argument that names nothing, or a folder without {@code .txt} files, becomes a source that
 * fails when read, so that it is reported in its place and the others are still processed.
 */
final class Inputs {
    /** How INPUT files are read. */
    enum Format {
        /**
         * By name: {@code .jsonl} and {@code .ndjson} files as JSON Lines, {@code .html} and
         * {@code .htm} files as web pages, everything else as text.
         */
        auto,
        /** Each INPUT is a text file, a folder of them, or standard input. */
        txt,
        /** Each INPUT is a web page, a folder of them, or standard input. */
        html,
        /** Each INPUT is a JSON Lines file, or standard input, with one document per line. */
        jsonl
    }

    private Inputs() {
    }

    private enum Kind { STDIN, FILE, FOLDER, MISSING }

    private record Source(String argument, Path path, Kind kind, boolean jsonl, boolean html) {
    }

    /**
     * Everything {@code arguments} name; nothing is read yet.
     *
     * @throws ThresherException of kind INPUT when a folder is named with {@code --input-format jsonl}
     */
    static Resolved resolve(List<String> arguments, Format format, String textField, String idField,
                            InputStream stdin) {
        return resolve(arguments, format, textField, false, idField, stdin);
    }

    /**
     * As {@link #resolve(List, Format, String, String, InputStream)}; with {@code htmlRecords},
     * the text field of JSON Lines records holds web pages.
     */
    static Resolved resolve(List<String> arguments, Format format, String textField, boolean htmlRecords,
                            String idField, InputStream stdin) {
        List<Source> sources = new ArrayList<>();
        boolean many = arguments.size() > 1;
        for (String argument : arguments) {
            Path path = argument.equals("-") ? null : Path.of(argument);
            Kind kind = path == null ? Kind.STDIN : Files.isDirectory(path) ? Kind.FOLDER
                    : Files.exists(path) ? Kind.FILE : Kind.MISSING;
            if (kind == Kind.FOLDER && format == Format.jsonl) {
                throw new ThresherException(ThresherException.Kind.INPUT, argument
                        + ": is a folder; --input-format jsonl reads JSON Lines files or -");
            }
            boolean jsonl = kind != Kind.FOLDER && (format == Format.jsonl
                    || format == Format.auto && path != null && isJsonLinesName(argument));
            boolean html = kind != Kind.FOLDER && (format == Format.html
                    || format == Format.auto && path != null && HtmlText.isHtmlName(argument));
            many |= kind == Kind.FOLDER || jsonl;
            sources.add(new Source(argument, path, kind, jsonl, html));
        }
        TextFolder.Kinds kinds = format == Format.txt ? TextFolder.Kinds.TEXT
                : format == Format.html ? TextFolder.Kinds.HTML : TextFolder.Kinds.TEXT_AND_HTML;
        return new Resolved(sources, textField, htmlRecords, idField, stdin, many, kinds);
    }

    private static boolean isJsonLinesName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /** The resolved inputs. */
    static final class Resolved {
        private final List<Source> sources;
        private final String textField;
        private final String idField;
        private final InputStream stdin;
        private final boolean many;
        private final TextFolder.Kinds kinds;

        private final boolean htmlRecords;

        private Resolved(List<Source> sources, String textField, boolean htmlRecords, String idField,
                         InputStream stdin, boolean many, TextFolder.Kinds kinds) {
            this.htmlRecords = htmlRecords;
            this.sources = sources;
            this.textField = textField;
            this.idField = idField;
            this.stdin = stdin;
            this.many = many;
            this.kinds = kinds;
        }

        /** Whether the inputs may hold more than one document (outputs then name each one). */
        boolean many() {
            return many;
        }

        /** Whether every INPUT is read as JSON Lines. */
        boolean allJsonLines() {
            return sources.stream().allMatch(Source::jsonl);
        }

        /**
         * The total size in bytes, or -1 when unknown (standard input; a folder unless
         * {@code walkFolders}, which walks it).
         */
        long totalSize(boolean walkFolders) {
            long total = 0;
            for (Source s : sources) {
                if (s.kind() == Kind.STDIN || s.kind() == Kind.FOLDER && !walkFolders) {
                    return -1;
                }
                try {
                    total += s.kind() == Kind.FOLDER ? TextFolder.totalSize(s.path(), kinds)
                            : s.kind() == Kind.FILE ? Files.size(s.path()) : 0;
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            }
            return total;
        }

        /**
         * The document sources, pulled lazily (one folder listing per level, one JSON Lines line at
         * a time); closing the stream closes the file being read.
         */
        Stream<DocumentSource> sources() {
            SourceIterator iterator = new SourceIterator();
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(iterator::close);
        }

        private final class SourceIterator implements Iterator<DocumentSource> {
            private int index;
            private Iterator<? extends DocumentSource> current;
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
            public DocumentSource next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }

            private Iterator<? extends DocumentSource> open(Source s) {
                String argument = s.argument();
                switch (s.kind()) {
                    case MISSING:
                        return List.of(new Failing(argument, "no such file or folder")).iterator();
                    case FOLDER:
                        String prefix = sources.size() > 1 ? (argument.endsWith("/") ? argument : argument + "/") : "";
                        TextFolder folder = new TextFolder(s.path(), prefix, kinds);
                        return folder.hasNext() ? folder : List.of(new Failing(argument, "no " + (kinds
                                == TextFolder.Kinds.TEXT ? ".txt files" : kinds == TextFolder.Kinds.HTML
                                ? ".html or .htm files" : ".txt, .html or .htm files") + " in this folder")).iterator();
                    default:
                        break;
                }
                if (s.html()) {
                    return List.of(s.kind() == Kind.STDIN ? new StdinInput(stdin, true)
                            : new HtmlFileInput(argument, s.path(), size(s.path()))).iterator();
                }
                if (!s.jsonl()) {
                    return List.of(s.kind() == Kind.STDIN ? new StdinInput(stdin, false)
                            : new TextFileInput(argument, s.path(), size(s.path()))).iterator();
                }
                if (s.kind() == Kind.STDIN) {
                    return new JsonlReader(stdin, "<stdin>", textField, idField, htmlRecords);
                }
                try {
                    open = new BufferedInputStream(Files.newInputStream(s.path()), 1 << 16);
                } catch (IOException e) {
                    return List.of(new Failing(argument, "cannot read: " + e.getMessage())).iterator();
                }
                return new JsonlReader(open, argument, textField, idField, htmlRecords);
            }

            void close() {
                if (open != null) {
                    try {
                        open.close();
                    } catch (IOException e) {
                        // Everything was read; a failure to close a file read-only loses nothing.
                    } finally {
                        open = null;
                    }
                }
            }
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    /** An INPUT that cannot give documents: reading it fails with {@code problem}. */
    private record Failing(String location, String problem) implements DocumentSource {
        @Override
        public Document read() {
            throw new ThresherException(ThresherException.Kind.INPUT, location + ": " + problem);
        }
    }

    /** Standard input as one document, text or a web page. */
    private record StdinInput(InputStream stdin, boolean html) implements DocumentSource {
        @Override
        public String location() {
            return "<stdin>";
        }

        @Override
        public Document read() {
            try {
                byte[] bytes = stdin.readAllBytes();
                return html ? Document.fromHtml("-", bytes, "<stdin>")
                        : new Document("-", TextFiles.decodeUtf8(bytes, "<stdin>", ThresherException.Kind.INPUT));
            } catch (IOException e) {
                throw new ThresherException(ThresherException.Kind.INPUT, "<stdin>: cannot read: " + e.getMessage(), e);
            }
        }
    }
}
