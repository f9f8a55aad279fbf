package dev.thresher.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.thresher.Manifest;
import dev.thresher.ThresherException;
import dev.thresher.data.AtomicFiles;
import dev.thresher.document.DocumentStageConfig;
import dev.thresher.features.FeatureConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads model bundles: a zip file holding {@code manifest.json},
 * {@code features.json} and {@code model.pb} (the Tribuo model as protobuf). No Java
 * serialisation is involved; a bundle is checked (format version, labels, model class) before
 * the classifier is built, and every failure names the file.
 */
public final class BundleIO {
    static final String MANIFEST = "manifest.json";
    static final String FEATURES = "features.json";
    static final String MODEL = "model.pb";
    static final String DOCUMENT_CONFIG = "document.json";
    static final String DOCUMENT_MODEL = "document.pb";
    /** The only Tribuo model class a bundle may hold. */
    static final String MODEL_CLASS = "org.tribuo.classification.sgd.linear.LinearSGDModel";
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BundleIO() {
    }

    /** Writes {@code bundle} to {@code file} atomically: a temporary file, then a rename. */
    public static void write(ModelBundle bundle, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(bundle, out));
    }

    /** Writes {@code bundle} as a zip to {@code out}, which stays open. */
    public static void write(ModelBundle bundle, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, MANIFEST, JSON.writeValueAsBytes(bundle.manifest()));
        entry(zip, FEATURES, JSON.writeValueAsBytes(bundle.features()));
        entry(zip, MODEL, bundle.proto());
        if (bundle.documentConfig().isPresent()) {
            entry(zip, DOCUMENT_CONFIG, JSON.writeValueAsBytes(bundle.documentConfig().get()));
            entry(zip, DOCUMENT_MODEL, bundle.documentProto());
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0L);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads the bundle at {@code file}.
     *
     * @throws ThresherException of kind MODEL, naming the file, when it is missing, not a
     *                           bundle, corrupt, or of a format this build cannot read
     */
    public static ModelBundle read(Path file) {
        if (Files.isDirectory(file)) {
            throw fail(file.toString(), "is a folder, not a model bundle file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw fail(file.toString(), "no such model file");
        } catch (IOException e) {
            throw fail(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** Reads a bundle from {@code in}; {@code name} identifies it in error messages. */
    public static ModelBundle read(InputStream in, String name) {
        Map<String, byte[]> entries = unzip(in, name);
        for (String required : new String[] {MANIFEST, FEATURES, MODEL}) {
            if (!entries.containsKey(required)) {
                throw fail(name, "not a Thresher model bundle (no " + required + " inside)");
            }
        }
        // The scorer reads (and so checks) everything classification needs; the Tribuo model
        // object is built only if someone asks for it. It is read on a second thread while this
        // one parses the JSON entries: both take a few hundred milliseconds in a fresh JVM.
        byte[] model = entries.get(MODEL);
        FutureTask<LinearScorer> scorer = new FutureTask<>(() -> LinearScorer.fromBytes(model, name));
        Thread reader = new Thread(scorer, "thresher-model-reader");
        reader.setDaemon(true);
        reader.start();
        Manifest manifest = parse(entries.get(MANIFEST), Manifest.class, name, MANIFEST);
        if (manifest.format() < Manifest.OLDEST_FORMAT || manifest.format() > Manifest.FORMAT) {
            throw fail(name, "bundle format " + manifest.format() + " is not supported by this Thresher"
                    + " (it reads formats " + Manifest.OLDEST_FORMAT + " to " + Manifest.FORMAT
                    + "); retrain the model or upgrade Thresher");
        }
        if (!manifest.labels().equals(Arrays.stream(dev.thresher.Label.values()).map(Enum::name).toList())) {
            throw fail(name, "bundle predicts labels " + manifest.labels() + ", expected "
                    + Arrays.toString(dev.thresher.Label.values()));
        }
        FeatureConfig features = parse(entries.get(FEATURES), FeatureConfig.class, name, FEATURES);
        if (entries.containsKey(DOCUMENT_CONFIG) != entries.containsKey(DOCUMENT_MODEL)) {
            throw fail(name, "incomplete model bundle (" + DOCUMENT_CONFIG + " and " + DOCUMENT_MODEL
                    + " go together)");
        }
        DocumentStageConfig documentConfig = null;
        LinearModel document = null;
        if (entries.containsKey(DOCUMENT_CONFIG)) {
            documentConfig = parse(entries.get(DOCUMENT_CONFIG), DocumentStageConfig.class, name, DOCUMENT_CONFIG);
            byte[] documentProto = entries.get(DOCUMENT_MODEL);
            document = new LinearModel(documentProto, LinearScorer.fromBytes(documentProto, name), name,
                    DOCUMENT_MODEL);
        }
        LinearModel sentence = new LinearModel(model, await(scorer, name), name, MODEL);
        return new ModelBundle(manifest, features, sentence, documentConfig, document);
    }

    private static LinearScorer await(FutureTask<LinearScorer> scorer, String name) {
        try {
            return scorer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(name, "interrupted while reading the model");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ThresherException te) {
                throw te;
            }
            throw fail(name, "corrupt model data in " + MODEL + ": " + e.getCause());
        }
    }

    private static <T> T parse(byte[] bytes, Class<T> type, String name, String entry) {
        try {
            return JSON.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw fail(name, "bad " + entry + ": " + cause.getMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw fail(name, "bad " + entry + ": " + e.getMessage());
        }
    }

    private static Map<String, byte[]> unzip(InputStream in, String name) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                byte[] chunk = new byte[65536];
                long total = 0;
                int read;
                while ((read = zip.read(chunk)) > 0) {
                    total += read;
                    if (total > MAX_ENTRY_BYTES) {
                        throw fail(name, "entry " + e.getName() + " is larger than " + MAX_ENTRY_BYTES + " bytes");
                    }
                    buffer.write(chunk, 0, read);
                }
                entries.put(e.getName(), buffer.toByteArray());
            }
        } catch (ZipException e) {
            throw fail(name, "not a Thresher model bundle (corrupt or truncated zip: " + e.getMessage() + ")");
        } catch (java.io.EOFException e) {
            throw fail(name, "truncated model bundle");
        } catch (IOException e) {
            throw fail(name, "cannot read: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw fail(name, "not a Thresher model bundle (not a zip archive)");
        }
        return entries;
    }

    private static ThresherException fail(String name, String message) {
        return new ThresherException(ThresherException.Kind.MODEL, name + ": " + message);
    }
}
