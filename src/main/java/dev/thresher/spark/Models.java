package dev.thresher.spark;

import dev.thresher.Thresher;
import dev.thresher.ThresherException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The models of this JVM, one per model path, each loaded once, on first use, and then shared by
 * every task and thread of the JVM (a {@link Thresher} is thread-safe). An executor runs many
 * tasks over its life: loading per row or per task would cost more than classifying.
 */
final class Models {
    /** The model path that names the default model, shipped inside the Thresher jar. */
    static final String DEFAULT = "default";

    private static final Map<String, Thresher> LOADED = new ConcurrentHashMap<>();

    private Models() {
    }

    /**
     * The model at {@code path}, a bundle on any file system Hadoop can read ({@code hdfs://},
     * {@code s3a://}, {@code file:}, a local path), or the default model for {@code "default"};
     * loaded by the first caller while concurrent callers for the same path wait for it.
     *
     * @param conf how to reach the file system (null for the default model); only read when the
     *             model is not loaded yet
     * @throws ThresherException of kind MODEL when the bundle cannot be read
     */
    static Thresher get(String path, HadoopConfiguration conf) {
        return LOADED.computeIfAbsent(path, p -> load(p, conf));
    }

    private static Thresher load(String path, HadoopConfiguration conf) {
        if (path.equals(DEFAULT)) {
            return Thresher.loadDefault();
        }
        Path file = new Path(path);
        Configuration hadoop = conf == null ? new Configuration() : conf.value();
        try (InputStream in = file.getFileSystem(hadoop).open(file)) {
            return Thresher.load(in, path);
        } catch (java.io.FileNotFoundException e) {
            throw new ThresherException(ThresherException.Kind.MODEL, path + ": no such model file");
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.MODEL, path + ": cannot read: " + e.getMessage(), e);
        }
    }
}
