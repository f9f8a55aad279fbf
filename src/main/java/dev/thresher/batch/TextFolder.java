package dev.thresher.batch;

import dev.thresher.DocumentSource;
import dev.thresher.ThresherException;
import dev.thresher.html.HtmlText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The documents of a folder and its subfolders ({@code .txt} files, web pages, or both), listed lazily in the order of their
 * paths: memory holds one folder listing per level, not the whole tree. Folder links are not
 * followed.
 */
public final class TextFolder implements Iterator<DocumentSource> {
    private final Path root;
    /** Entries still to visit, per folder level; each level sorted. */
    private final Deque<Iterator<Entry>> stack = new ArrayDeque<>();
    private final String idPrefix;
    private final Kinds kinds;
    private DocumentSource next;

    private record Entry(Path path, boolean folder, long size, String key) {
    }

    /**
     * Lists {@code root}; each file's id is its path relative to {@code root}.
     *
     * @throws ThresherException of kind INPUT when it cannot be listed
     */
    public TextFolder(Path root) {
        this(root, "", Kinds.TEXT);
    }

    /** Which files of a folder are documents. */
    public enum Kinds {
        /** {@code .txt} files. */
        TEXT,
        /** {@code .html} and {@code .htm} files, read as web pages. */
        HTML,
        /** Both, each read as its name says. */
        TEXT_AND_HTML
    }

    private boolean wanted(String name) {
        boolean html = HtmlText.isHtmlName(name);
        return switch (kinds) {
            case TEXT -> name.endsWith(".txt");
            case HTML -> html;
            case TEXT_AND_HTML -> html || name.endsWith(".txt");
        };
    }

    /**
     * Lists the {@code kinds} of files under {@code root}; each file's id is {@code idPrefix}
     * followed by its path relative to {@code root}.
     *
     * @throws ThresherException of kind INPUT when it cannot be listed
     */
    public TextFolder(Path root, String idPrefix, Kinds kinds) {
        this.root = root;
        this.idPrefix = idPrefix;
        this.kinds = kinds;
        stack.push(list(root).iterator());
    }

    /** Sorting a folder's entries by name, with "/" after folder names, orders the tree by path. */
    private List<Entry> list(Path folder) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue;
                }
                String name = p.getFileName().toString();
                if (a.isDirectory()) {
                    entries.add(new Entry(p, true, 0, name + "/"));
                } else if (wanted(name) && (a.isRegularFile() || Files.isRegularFile(p))) {
                    entries.add(new Entry(p, false, a.isRegularFile() ? a.size() : -1, name));
                }
            }
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.INPUT, folder + ": cannot list: " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Entry> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            Entry e = level.next();
            if (e.folder()) {
                stack.push(list(e.path()).iterator());
            } else {
                String id = idPrefix + root.relativize(e.path());
                next = HtmlText.isHtmlName(e.path().getFileName().toString())
                        ? new HtmlFileInput(id, e.path(), e.size()) : new TextFileInput(id, e.path(), e.size());
            }
        }
        return next != null;
    }

    @Override
    public DocumentSource next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DocumentSource out = next;
        next = null;
        return out;
    }

    /** The total size in bytes of the {@code kinds} of files under {@code root} (a separate walk). */
    public static long totalSize(Path root, Kinds kinds) {
        long total = 0;
        TextFolder walk = new TextFolder(root, "", kinds);
        while (walk.hasNext()) {
            total += Math.max(0, walk.next().size());
        }
        return total;
    }
}
