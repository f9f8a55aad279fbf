package dev.thresher.model;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import dev.thresher.ThresherException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.protos.core.ModelProto;

/**
 * The inference half of a Tribuo {@code LinearSGDModel} with a softmax output, read straight
 * from its protobuf form: a feature-name index, the weight matrix and the label names.
 *
 * <p>Why: Tribuo's own deserialisation builds one object per feature through reflection (about
 * a second for our 63k features in a fresh JVM), and its {@code predict} sorts names and boxes
 * scores per call. This class computes the same numbers, bit for bit: the scores of a label are
 * summed over the feature ids in ascending order, then the bias column, from 0.0, and normalised
 * with the arithmetic of Tribuo's {@code ExpNormalizer} ({@code LinearScorerTest} compares it
 * with Tribuo's {@code predict} on the test split). Immutable and thread-safe.
 */
public final class LinearScorer {
    static final String FEATURE_MAP = "org.tribuo.ImmutableFeatureMap";
    static final String CATEGORICAL = "org.tribuo.CategoricalIDInfo";
    static final String REAL = "org.tribuo.RealIDInfo";
    static final String LABEL_INFO = "org.tribuo.classification.ImmutableLabelInfo";
    static final String PARAMETERS = "org.tribuo.math.LinearParameters";
    static final String DENSE_MATRIX = "org.tribuo.math.la.DenseMatrix";
    static final String SOFTMAX = "org.tribuo.math.util.ExpNormalizer";

    private final FeatureIndex featureIds;
    private final String[] labels;
    private final int featureCount;
    /**
     * Feature-major: the weights of feature {@code f} for every label are at
     * {@code f * labels.length + label}, so that one feature's weights share a cache line; the
     * biases follow as feature {@code featureCount}.
     */
    private final double[] weights;

    /** {@code rowMajor}: Tribuo's matrix, one row per label, the bias in the last column. */
    private LinearScorer(FeatureIndex featureIds, String[] labels, double[] rowMajor) {
        this.featureIds = featureIds;
        this.labels = labels;
        this.featureCount = featureIds.size();
        int columns = featureCount + 1;
        int labelCount = labels.length;
        this.weights = new double[rowMajor.length];
        for (int k = 0; k < labelCount; k++) {
            for (int f = 0; f < columns; f++) {
                weights[f * labelCount + k] = rowMajor[k * columns + f];
            }
        }
    }

    /** Reads the scorer from a Tribuo model in protobuf form; see {@link #fromBytes}. */
    public static LinearScorer fromProto(ModelProto proto, String name) {
        return fromBytes(proto.toByteArray(), name);
    }

    /**
     * Reads the scorer from a serialised Tribuo model ({@code ModelProto} bytes), straight from
     * the protobuf wire format: no generated message classes (their descriptors take a few
     * hundred milliseconds to set up in a fresh JVM) and no per-feature objects.
     *
     * @param name names the model in error messages
     * @throws ThresherException of kind MODEL when the model is not a softmax LinearSGDModel or
     *                           is corrupt or inconsistent
     */
    public static LinearScorer fromBytes(byte[] modelProto, String name) {
        try {
            Redirect model = Redirect.read(ByteString.copyFrom(modelProto));
            if (!BundleIO.MODEL_CLASS.equals(model.className())) {
                throw new ThresherException(ThresherException.Kind.MODEL, name + ": " + BundleIO.MODEL + " holds '"
                        + model.className() + "', expected " + BundleIO.MODEL_CLASS);
            }
            // ClassificationLinearSGDProto: metadata = 1, params = 2, normalizer = 3.
            Fields sgd = Fields.read(model.value());
            // ModelDataProto: feature_domain = 4, output_domain = 5.
            Fields metadata = Fields.read(sgd.bytes(1));
            Redirect featureDomain = Redirect.read(metadata.bytes(4));
            expect(featureDomain.className(), FEATURE_MAP, name, "feature domain");
            FeatureIndex ids = readFeatureIds(featureDomain.value(), name);
            int n = ids.size();
            Redirect outputDomain = Redirect.read(metadata.bytes(5));
            expect(outputDomain.className(), LABEL_INFO, name, "output domain");
            // ImmutableLabelInfoProto: label = 1, id = 3.
            Fields labelInfo = Fields.read(outputDomain.value());
            List<ByteString> labelNames = labelInfo.all(1);
            List<Integer> labelIds = labelInfo.ints(3);
            int labelCount = labelNames.size();
            if (labelCount == 0 || labelIds.size() != labelCount) {
                throw fail(name, "has inconsistent labels");
            }
            String[] labels = new String[labelCount];
            for (int k = 0; k < labelCount; k++) {
                int id = labelIds.get(k);
                if (id < 0 || id >= labelCount || labels[id] != null) {
                    throw fail(name, "has inconsistent label ids");
                }
                labels[id] = labelNames.get(k).toStringUtf8();
            }
            expect(Redirect.read(sgd.bytes(3)).className(), SOFTMAX, name, "output normaliser");
            Redirect parameters = Redirect.read(sgd.bytes(2));
            expect(parameters.className(), PARAMETERS, name, "parameters");
            // LinearParametersProto: weightMatrix = 1; DenseTensorProto: dimensions = 1, values = 2.
            Redirect matrix = Redirect.read(Fields.read(parameters.value()).bytes(1));
            expect(matrix.className(), DENSE_MATRIX, name, "weights");
            Fields tensor = Fields.read(matrix.value());
            List<Integer> dims = tensor.ints(1);
            ByteString values = tensor.bytes(2);
            if (dims.size() != 2 || dims.get(0) != labelCount || dims.get(1) != n + 1
                    || values.size() != (long) labelCount * (n + 1) * 8) {
                throw fail(name, "has a weight matrix " + dims + " that does not fit " + labelCount
                        + " labels and " + n + " features plus a bias");
            }
            double[] weights = new double[labelCount * (n + 1)];
            values.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(weights);
            return new LinearScorer(ids, labels, weights);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ThresherException te) {
                throw te;
            }
            throw new ThresherException(ThresherException.Kind.MODEL, name + ": corrupt model data in "
                    + BundleIO.MODEL, e);
        }
    }

    /** Tribuo's redirection messages: {@code version = 1, class_name = 2, serialized_data = 3} (an Any). */
    private record Redirect(String className, ByteString value) {
        static Redirect read(ByteString data) throws IOException {
            Fields f = Fields.read(data);
            // google.protobuf.Any: type_url = 1, value = 2.
            return new Redirect(f.bytes(2).toStringUtf8(), Fields.read(f.bytes(3)).bytes(2));
        }
    }

    /** The fields of one protobuf message: length-delimited ones as bytes, varints as numbers. */
    private static final class Fields {
        private final Map<Integer, List<ByteString>> delimited = new HashMap<>();
        private final Map<Integer, List<Long>> varints = new HashMap<>();

        static Fields read(ByteString data) throws IOException {
            Fields f = new Fields();
            CodedInputStream in = data.newCodedInput();
            in.enableAliasing(true);
            in.setSizeLimit(Integer.MAX_VALUE);
            int tag;
            while ((tag = in.readTag()) != 0) {
                int field = tag >>> 3;
                switch (tag & 7) {
                    case 0 -> f.varints.computeIfAbsent(field, k -> new ArrayList<>()).add(in.readInt64());
                    case 2 -> f.delimited.computeIfAbsent(field, k -> new ArrayList<>()).add(in.readBytes());
                    default -> in.skipField(tag);
                }
            }
            return f;
        }

        ByteString bytes(int field) {
            List<ByteString> all = delimited.get(field);
            return all == null ? ByteString.EMPTY : all.get(all.size() - 1);
        }

        List<ByteString> all(int field) {
            return delimited.getOrDefault(field, List.of());
        }

        /** A repeated int32 field, packed or not. */
        List<Integer> ints(int field) throws IOException {
            List<Integer> out = new ArrayList<>();
            for (ByteString packed : all(field)) {
                CodedInputStream in = packed.newCodedInput();
                while (!in.isAtEnd()) {
                    out.add(in.readInt32());
                }
            }
            for (long v : varints.getOrDefault(field, List.of())) {
                out.add((int) v);
            }
            return out;
        }
    }

    private static void expect(String actual, String expected, String name, String what) {
        if (!expected.equals(actual)) {
            throw fail(name, what + " is '" + actual + "', expected " + expected);
        }
    }

    private static ThresherException fail(String name, String message) {
        return new ThresherException(ThresherException.Kind.MODEL, name + ": " + BundleIO.MODEL + " " + message);
    }

    /**
     * The feature names and ids of a serialised {@code ImmutableFeatureMap}, read from the wire
     * format directly: only each feature's name and id, skipping its value statistics (Tribuo
     * deserialises each feature through reflection, the slow part of loading a model).
     */
    static FeatureIndex readFeatureIds(ByteString domain, String name) throws IOException {
        List<String> names = new ArrayList<>(1 << 16);
        List<Integer> order = new ArrayList<>(1 << 16);
        try {
            CodedInputStream in = domain.newCodedInput();
            in.setSizeLimit(Integer.MAX_VALUE);
            int tag;
            while ((tag = in.readTag()) != 0) {
                if (tag != INFO_TAG) {
                    in.skipField(tag);
                    continue;
                }
                int limit = in.pushLimit(in.readRawVarint32());
                readVariableInfo(in, names, order, name);
                in.popLimit(limit);
            }
        } catch (IOException e) {
            throw fail(name, "corrupt feature domain data");
        }
        int n = names.size();
        String[] byId = new String[n];
        for (int k = 0; k < n; k++) {
            int id = order.get(k);
            if (id < 0 || id >= n || byId[id] != null) {
                throw fail(name, "inconsistent feature ids");
            }
            byId[id] = names.get(k);
        }
        try {
            return FeatureIndex.of(byId);
        } catch (IllegalArgumentException e) {
            throw fail(name, "inconsistent feature names");
        }
    }

    /** {@code repeated VariableInfoProto info = 1} of ImmutableFeatureMapProto. */
    private static final int INFO_TAG = (1 << 3) | 2;

    private static void readVariableInfo(CodedInputStream in, List<String> names, List<Integer> order,
                                         String name) throws IOException {
        String className = null;
        String featureName = ""; // proto3 leaves default values out of the wire format
        int id = 0;
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (tag) {
                case (2 << 3) | 2 -> className = in.readStringRequireUtf8();
                case (3 << 3) | 2 -> {
                    // google.protobuf.Any: type_url = 1, value = 2 (a CategoricalIDInfoProto or
                    // RealIDInfoProto: name = 1, id = 3; the statistics after them are skipped).
                    int anyLimit = in.pushLimit(in.readRawVarint32());
                    int anyTag;
                    while ((anyTag = in.readTag()) != 0) {
                        if (anyTag == ((2 << 3) | 2)) {
                            int valueLimit = in.pushLimit(in.readRawVarint32());
                            int t;
                            while ((t = in.readTag()) != 0) {
                                switch (t) {
                                    case (1 << 3) | 2 -> featureName = in.readStringRequireUtf8();
                                    case 3 << 3 -> id = in.readInt32();
                                    default -> in.skipField(t);
                                }
                            }
                            in.popLimit(valueLimit);
                        } else {
                            in.skipField(anyTag);
                        }
                    }
                    in.popLimit(anyLimit);
                }
                default -> in.skipField(tag);
            }
        }
        if (!CATEGORICAL.equals(className) && !REAL.equals(className)) {
            throw fail(name, "unexpected feature type '" + className + "'");
        }
        names.add(featureName);
        order.add(id);
    }

    /** The name of the feature with id {@code id}. */
    public String featureName(int id) {
        return featureIds.name(id);
    }

    /** The id of feature {@code name}, or -1 when the model does not know it. */
    public int featureId(String name) {
        return featureIds.id(name);
    }

    /** How many features the model knows (the bias column not counted). */
    public int featureCount() {
        return featureCount;
    }

    /** The label names, in the order of {@link #scores}. */
    public List<String> labels() {
        return List.of(labels);
    }

    /**
     * The probability of every label (in {@link #labels()} order) for an example with the binary
     * features {@code ids}, which must be sorted ascending, free of duplicates and known.
     */
    public double[] scores(int[] ids) {
        return normalise(linearScores(ids));
    }

    /**
     * The linear score of every label (before the softmax) for an example with the binary
     * features {@code ids}, which must be sorted ascending, free of duplicates and known.
     */
    public double[] linearScores(int[] ids) {
        // Each label's sum is taken over the ids in ascending order, as Tribuo does, so the
        // result is the same to the last bit; one feature's weights are read together.
        int labelCount = labels.length;
        if (labelCount == 4) {
            return fourLabelScores(ids);
        }
        double[] out = new double[labelCount];
        for (int id : ids) {
            int at = id * labelCount;
            for (int k = 0; k < labelCount; k++) {
                out[k] += weights[at + k];
            }
        }
        int bias = featureCount * labelCount;
        for (int k = 0; k < labelCount; k++) {
            out[k] += weights[bias + k];
        }
        return out;
    }

    /**
     * {@link #linearScores(int[])} for four labels (Thresher's own), with the sums in local
     * variables: the same additions in the same order, about half the memory traffic, which
     * matters most before the JIT compiler has optimised the loop.
     */
    private double[] fourLabelScores(int[] ids) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        for (int id : ids) {
            int at = id << 2;
            s0 += weights[at];
            s1 += weights[at + 1];
            s2 += weights[at + 2];
            s3 += weights[at + 3];
        }
        int bias = featureCount << 2;
        return new double[] {s0 + weights[bias], s1 + weights[bias + 1], s2 + weights[bias + 2],
            s3 + weights[bias + 3]};
    }

    /**
     * The probability of every label (in {@link #labels()} order) for an example with real-valued
     * features: {@code values[k]} is the value of the feature with id {@code ids[k]}; features with
     * a negative id (unknown to the model) or a zero value are left out, as Tribuo does.
     */
    public double[] scores(int[] ids, double[] values) {
        return normalise(linearScores(ids, values));
    }

    /** The linear score of every label (before the softmax) for real-valued features, as {@link #scores(int[], double[])}. */
    public double[] linearScores(int[] ids, double[] values) {
        int labelCount = labels.length;
        double[] out = new double[labelCount];
        for (int f = 0; f < ids.length; f++) {
            if (ids[f] >= 0 && values[f] != 0.0) {
                int at = ids[f] * labelCount;
                for (int k = 0; k < labelCount; k++) {
                    out[k] += weights[at + k] * values[f];
                }
            }
        }
        int bias = featureCount * labelCount;
        for (int k = 0; k < labelCount; k++) {
            out[k] += weights[bias + k];
        }
        return out;
    }

    /** Tribuo's ExpNormalizer, operation for operation. */
    private static double[] normalise(double[] out) {
        int labelCount = out.length;
        double max = -Double.MAX_VALUE;
        for (double v : out) {
            if (v > max) {
                max = v;
            }
        }
        double total = 0.0;
        for (int k = 0; k < labelCount; k++) {
            out[k] = Math.exp(out[k] - max);
            total += out[k];
        }
        for (int k = 0; k < labelCount; k++) {
            out[k] /= total;
        }
        return out;
    }

    /** The weight of feature {@code feature} (an id) for the label at {@code label} in {@link #labels()}. */
    public double weight(int label, int feature) {
        return weights[feature * labels.length + label];
    }

    /** The bias (intercept) of the label at {@code label} in {@link #labels()}. */
    public double bias(int label) {
        return weights[featureCount * labels.length + label];
    }

    @Override
    public String toString() {
        return "LinearScorer[" + featureCount + " features, labels " + Arrays.toString(labels) + "]";
    }
}
