package dev.thresher.model;

import dev.thresher.ThresherException;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * One trained linear classifier of a bundle, held as a Tribuo {@link Model}, as its protobuf
 * form, or both: each form is made from the other on first use, and the fast {@link #scorer()}
 * from the protobuf form. Thread-safe.
 */
final class LinearModel {
    private final String name;
    private final String entry;
    private volatile byte[] proto;
    private volatile Model<Label> model;
    private volatile LinearScorer scorer;

    /** Over a model in memory (as a trainer makes it). */
    LinearModel(Model<Label> model, String entry) {
        this.model = Objects.requireNonNull(model, "model");
        this.entry = entry;
        this.name = "model";
    }

    /** Over a serialised model whose scorer has been read (and so validated). */
    LinearModel(byte[] proto, LinearScorer scorer, String name, String entry) {
        this.proto = Objects.requireNonNull(proto, "proto");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.name = name;
        this.entry = entry;
    }

    @SuppressWarnings("unchecked")
    Model<Label> model() {
        Model<Label> m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    try {
                        Model<?> any = Model.deserialize(ModelProto.parseFrom(proto));
                        if (!any.validate(Label.class)) {
                            throw new ThresherException(ThresherException.Kind.MODEL, name + ": " + entry
                                    + " is not a classification model");
                        }
                        m = (Model<Label>) any;
                    } catch (ThresherException e) {
                        throw e;
                    } catch (RuntimeException | java.io.IOException e) {
                        throw new ThresherException(ThresherException.Kind.MODEL, name + ": corrupt model data in "
                                + entry + ": " + e.getMessage(), e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }

    LinearScorer scorer() {
        LinearScorer s = scorer;
        if (s == null) {
            synchronized (this) {
                s = scorer;
                if (s == null) {
                    s = LinearScorer.fromBytes(proto(), name);
                    scorer = s;
                }
            }
        }
        return s;
    }

    byte[] proto() {
        byte[] p = proto;
        if (p == null) {
            synchronized (this) {
                p = proto;
                if (p == null) {
                    p = model.serialize().toByteArray();
                    proto = p;
                }
            }
        }
        return p;
    }
}
