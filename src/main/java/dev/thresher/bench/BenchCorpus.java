package dev.thresher.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.thresher.ThresherException;
import dev.thresher.data.TextFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark corpora made from the documents of a dataset folder: the documents repeated and
 * shuffled (seeded) up to a target size. The same folder, size and seed give the same corpus.
 */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    /** The texts of every {@code .txt} file under {@code folder} (recursively), in path order. */
    public static List<String> texts(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.DATA, folder + ": cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ThresherException(ThresherException.Kind.DATA, folder + ": holds no .txt files");
        }
        List<String> texts = new ArrayList<>(files.size());
        for (Path f : files) {
            texts.add(TextFiles.readUtf8(f, ThresherException.Kind.DATA));
        }
        return texts;
    }

    /** Whole shuffled passes over {@code texts}, cut when {@code targetBytes} of UTF-8 are reached. */
    public static List<String> generate(List<String> texts, long targetBytes, long seed) {
        List<String> out = new ArrayList<>();
        Random random = new Random(seed);
        long bytes = 0;
        List<String> pass = new ArrayList<>(texts);
        while (bytes < targetBytes) {
            Collections.shuffle(pass, random);
            for (String t : pass) {
                out.add(t);
                bytes += utf8Length(t);
                if (bytes >= targetBytes) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Writes a JSON Lines corpus of about {@code targetBytes} to {@code file}, one record
     * {@code {"id": "doc-N", "text": ...}} per line, generated as it is written (constant memory).
     *
     * @return the number of records written
     */
    public static long writeJsonl(List<String> texts, long targetBytes, long seed, Path file) throws IOException {
        JsonFactory json = new JsonFactory();
        Random random = new Random(seed);
        List<String> pass = new ArrayList<>(texts);
        long records = 0;
        long bytes = 0;
        try (Writer w = jsonlWriter(file)) {
            while (bytes < targetBytes) {
                Collections.shuffle(pass, random);
                for (String t : pass) {
                    String s = record(json, records, t);
                    w.write(s);
                    bytes += utf8Length(s);
                    records++;
                    if (bytes >= targetBytes) {
                        break;
                    }
                }
            }
        }
        return records;
    }

    /**
     * Writes {@code documents} to {@code file} as JSON Lines, in order, one record
     * {@code {"id": "doc-N", "text": ...}} per line (as {@link #writeJsonl(List, long, long, Path)} does).
     */
    public static void writeJsonl(List<String> documents, Path file) throws IOException {
        JsonFactory json = new JsonFactory();
        try (Writer w = jsonlWriter(file)) {
            for (int i = 0; i < documents.size(); i++) {
                w.write(record(json, i, documents.get(i)));
            }
        }
    }

    private static Writer jsonlWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** One JSON Lines record, with its line end. */
    private static String record(JsonFactory json, long index, String text) throws IOException {
        java.io.StringWriter line = new java.io.StringWriter(text.length() + 64);
        try (JsonGenerator g = json.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("id", "doc-" + index);
            g.writeStringField("text", text);
            g.writeEndObject();
        }
        line.write('\n');
        return line.toString();
    }

    /** The number of UTF-8 bytes of {@code s}. */
    public static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
