package dev.thresher.batch;

import dev.thresher.ThresherException;
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
 * The {@code .txt} files of a folder and its subfolders, listed lazily in the order of their
 * paths: memory holds one folder listing per level, not the whole tree. Folder links are not
 * followed.
 */
public final class TextFolder implements Iterator<TextFileInput> {
    private final Path root;
    /** Entries still to visit, per folder level; each level sorted. */
    private final Deque<Iterator<Entry>> stack = new ArrayDeque<>();
    private final String idPrefix;
    private TextFileInput next;

    private record Entry(Path path, boolean folder, long size, String key) {
    }

    /**
     * Lists {@code root}; each file's id is its path relative to {@code root}.
     *
     * @throws ThresherException of kind INPUT when it cannot be listed
     */
    public TextFolder(Path root) {
        this(root, "");
    }

    /**
     * Lists {@code root}; each file's id is {@code idPrefix} followed by its path relative to
     * {@code root}.
     *
     * @throws ThresherException of kind INPUT when it cannot be listed
     */
    public TextFolder(Path root, String idPrefix) {
        this.root = root;
        this.idPrefix = idPrefix;
        stack.push(list(root).iterator());
    }

    /** Sorting a folder's entries by name, with "/" after folder names, orders the tree by path. */
    private static List<Entry> list(Path folder) {
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
                } else if (name.endsWith(".txt") && (a.isRegularFile() || Files.isRegularFile(p))) {
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
                next = new TextFileInput(idPrefix + root.relativize(e.path()), e.path(), e.size());
            }
        }
        return next != null;
    }

    @Override
    public TextFileInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TextFileInput out = next;
        next = null;
        return out;
    }

    /** The total size in bytes of the {@code .txt} files under {@code root} (a separate walk). */
    public static long totalSize(Path root) {
        long total = 0;
        TextFolder walk = new TextFolder(root);
        while (walk.hasNext()) {
            total += Math.max(0, walk.next().size());
        }
        return total;
    }
}
