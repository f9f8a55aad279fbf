package dev.thresher.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.data.DataSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Report} as JSON. Figures are written as the decimals the Markdown shows
 * ({@link Fmt#n3(double)}), so both formats carry the same numbers; a figure that does not
 * exist (the accuracy of an empty bin) is {@code null}.
 */
final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private JsonReport() {
    }

    static void write(Report r, Writer out) throws IOException {
        JSON.writeValue(out, tree(r));
        out.write('\n');
        out.flush();
    }

    static ObjectNode tree(Report r) {
        ObjectNode root = JSON.createObjectNode();
        Provenance p = r.provenance();
        root.put("data", p.data());
        root.put("documents", r.data().documents());
        root.put("dataHash", p.dataHash());
        root.put("command", p.command());
        root.set("model", manifest(p.model()));
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("modelSource", p.modelSource());
        provenance.put("java", p.java());
        provenance.put("generated", p.generated());
        provenance.put("runSeconds", Fmt.n3(p.runSeconds()));

        root.set("dataSummary", data(r.data()));
        ObjectNode e2e = scores(r.scores().endToEnd());
        e2e.set("macroF1Interval", interval(r.macroF1Interval()));
        root.set("endToEnd", e2e);
        root.set("goldSegmentation", scores(r.scores().goldSegmentation()));
        Evaluator.SegmentationScores s = r.scores().segmentation();
        ObjectNode seg = root.putObject("segmentation");
        seg.put("goldSentences", s.goldSentences());
        seg.put("predictedSentences", s.predictedSentences());
        seg.put("precision", Fmt.n3(s.precision()));
        seg.put("recall", Fmt.n3(s.recall()));
        seg.put("f1", Fmt.n3(s.f1()));

        ObjectNode cleaning = root.putObject("cleaning");
        cleaning.set("clean", cleaning(r.cleaning()));
        cleaning.set("keepEverything", cleaning(r.keepEverything()));

        ObjectNode baselines = root.putObject("baselines");
        baselines.put("thresherMacroF1", Fmt.n3(r.baselines().thresherMacroF1()));
        ArrayNode entries = baselines.putArray("entries");
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            ObjectNode n = entries.addObject();
            n.put("name", e.name());
            n.put("description", e.description());
            n.set("endToEnd", scores(e.endToEnd()));
            n.set("goldSegmentation", scores(e.goldSegmentation()));
            n.put("lead", Fmt.n3(e.lead()));
            n.set("leadInterval", interval(e.leadInterval()));
        }

        root.set("crossValidation", crossValidation(r));
        root.set("confidence", reliability(r.reliability()));
        root.set("errors", errors(r.errors()));
        root.set("ablation", ablation(r));
        root.set("sample", sample(r.sample()));
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return root;
    }

    private static ObjectNode manifest(Manifest m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", m.format());
        n.put("thresherVersion", m.thresherVersion());
        n.put("tribuoVersion", m.tribuoVersion());
        n.put("opennlpVersion", m.opennlpVersion());
        ArrayNode labels = n.putArray("labels");
        m.labels().forEach(labels::add);
        n.put("seed", m.seed());
        n.put("trainingData", m.trainingData());
        n.put("documents", m.documents());
        n.put("sentences", m.sentences());
        ObjectNode h = n.putObject("hyperparameters");
        new TreeMap<>(m.hyperparameters()).forEach(h::put);
        return n;
    }

    private static ObjectNode data(DataSummary d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("documents", d.documents());
        n.put("sentences", d.sentences());
        ObjectNode labels = n.putObject("labels");
        for (Label l : Label.values()) {
            ObjectNode x = labels.putObject(l.name());
            x.put("sentences", d.labels().get(l));
            x.put("share", Fmt.n3(d.share(l)));
        }
        n.put("documentsWithMetadata", d.documentsWithMetadata());
        n.set("genres", counts(d.genres()));
        n.set("topics", counts(d.topics()));
        n.set("sites", counts(d.sites()));
        return n;
    }

    private static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode n = JSON.createObjectNode();
        counts.forEach(n::put);
        return n;
    }

    static ObjectNode scores(LabelScores s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("sentences", s.sentences());
        n.put("accuracy", Fmt.n3(s.accuracy()));
        n.put("macroF1", Fmt.n3(s.macroF1()));
        ObjectNode per = n.putObject("perLabel");
        for (Label l : Label.values()) {
            LabelScores.PerLabel p = s.perLabel().get(l);
            ObjectNode x = per.putObject(l.name());
            x.put("precision", Fmt.n3(p.precision()));
            x.put("recall", Fmt.n3(p.recall()));
            x.put("f1", Fmt.n3(p.f1()));
            x.put("support", p.support());
        }
        ObjectNode confusion = n.putObject("confusion");
        for (Label g : Label.values()) {
            ObjectNode row = confusion.putObject(g.name());
            for (Label p : Label.values()) {
                row.put(p.name(), s.confusion().get(g).get(p));
            }
        }
        return n;
    }

    private static ObjectNode interval(Bootstrap.Interval i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("low", Fmt.n3(i.low()));
        n.put("high", Fmt.n3(i.high()));
        n.put("resamples", Bootstrap.RESAMPLES);
        return n;
    }

    private static ObjectNode cleaning(CleaningScores c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("precision", Fmt.n3(c.precision()));
        n.put("recall", Fmt.n3(c.recall()));
        n.put("f1", Fmt.n3(c.f1()));
        n.put("boilerplateLeakage", Fmt.n3(c.leakage()));
        n.put("contentLoss", Fmt.n3(c.contentLoss()));
        n.put("goldContentTokens", c.goldContentTokens());
        n.put("goldBoilerplateTokens", c.goldBoilerplateTokens());
        n.put("keptTokens", c.keptTokens());
        n.put("matchedTokens", c.matchedTokens());
        return n;
    }

    private static ObjectNode crossValidation(Report r) {
        ObjectNode n = JSON.createObjectNode();
        CrossValidation.Result cv = r.crossValidation();
        if (cv == null) {
            n.put("skipped", r.skipped().get(Report.CROSS_VALIDATION));
            return n;
        }
        n.put("folds", cv.k());
        n.put("seed", cv.seed());
        n.put("documents", cv.documents());
        n.put("sentences", cv.sentences());
        n.put("dataHash", cv.dataHash());
        ArrayNode folds = n.putArray("perFold");
        for (CrossValidation.Fold f : cv.folds()) {
            ObjectNode x = folds.addObject();
            x.put("fold", f.fold());
            x.put("trainDocuments", f.trainDocuments());
            x.put("testDocuments", f.testDocuments());
            x.put("testSentences", f.testSentences());
            x.put("accuracy", Fmt.n3(f.accuracy()));
            x.put("macroF1", Fmt.n3(f.macroF1()));
        }
        ObjectNode accuracy = n.putObject("accuracy");
        accuracy.put("mean", Fmt.n3(cv.accuracy().mean()));
        accuracy.put("std", Fmt.n3(cv.accuracy().std()));
        ObjectNode macro = n.putObject("macroF1");
        macro.put("mean", Fmt.n3(cv.macroF1().mean()));
        macro.put("std", Fmt.n3(cv.macroF1().std()));
        return n;
    }

    private static ObjectNode reliability(Reliability rel) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ece", Fmt.n3(rel.ece()));
        ArrayNode bins = n.putArray("bins");
        for (Reliability.Bin b : rel.bins()) {
            ObjectNode x = bins.addObject();
            x.put("lower", Fmt.n3(b.lower()));
            x.put("upper", Fmt.n3(b.upper()));
            x.put("count", b.count());
            x.put("meanConfidence", Fmt.n3(b.meanConfidence()));
            x.put("accuracy", Fmt.n3(b.accuracy()));
        }
        ArrayNode rows = n.putArray("abstention");
        for (Reliability.Abstention a : rel.abstention()) {
            ObjectNode x = rows.addObject();
            x.put("threshold", Fmt.n3(a.threshold()));
            x.put("answered", a.answered());
            x.put("coverage", Fmt.n3(a.coverage()));
            x.put("accuracy", Fmt.n3(a.accuracy()));
        }
        return n;
    }

    private static ObjectNode errors(ErrorAnalysis e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("errors", e.errors());
        ArrayNode confusions = n.putArray("confusions");
        for (ErrorAnalysis.Confusion c : e.confusions()) {
            ObjectNode x = confusions.addObject();
            x.put("gold", c.gold().name());
            x.put("predicted", c.predicted().name());
            x.put("count", c.count());
            x.put("shareOfErrors", Fmt.n3(c.shareOfErrors()));
            ArrayNode examples = x.putArray("examples");
            for (ErrorAnalysis.Example ex : c.examples()) {
                ObjectNode y = examples.addObject();
                y.put("document", ex.document());
                y.put("row", ex.row());
                y.put("sentence", ex.sentence());
                y.put("gold", ex.gold().name());
                y.put("predicted", ex.predicted().name());
                y.put("confidence", Fmt.n3(ex.confidence()));
                ArrayNode why = y.putArray("why");
                ex.why().forEach(why::add);
            }
        }
        return n;
    }

    private static ObjectNode ablation(Report r) {
        ObjectNode n = JSON.createObjectNode();
        Ablation.Result a = r.ablation();
        if (a == null) {
            n.put("skipped", r.skipped().get(Report.ABLATION));
            return n;
        }
        n.put("trainDocuments", a.trainDocuments());
        n.put("trainHash", a.trainHash());
        n.put("referenceFeatures", a.referenceFeatures());
        n.put("referenceAccuracy", Fmt.n3(a.referenceAccuracy()));
        n.put("referenceMacroF1", Fmt.n3(a.referenceMacroF1()));
        n.put("referenceIsEvaluatedModel", a.referenceIsEvaluatedModel());
        ArrayNode rows = n.putArray("groups");
        for (Ablation.Row row : a.rows()) {
            ObjectNode x = rows.addObject();
            x.put("group", row.group().name());
            x.put("prefix", row.group().prefix());
            x.put("features", row.features());
            x.put("featuresRemoved", row.featuresRemoved());
            x.put("accuracy", Fmt.n3(row.accuracy()));
            x.put("macroF1", Fmt.n3(row.macroF1()));
            x.put("deltaAccuracy", Fmt.n3(row.deltaAccuracy()));
            x.put("deltaMacroF1", Fmt.n3(row.deltaMacroF1()));
            x.set("deltaMacroF1Interval", interval(row.deltaInterval()));
        }
        return n;
    }

    private static ObjectNode sample(SampleDocument sample) {
        ObjectNode n = JSON.createObjectNode();
        if (sample == null) {
            return n;
        }
        n.put("document", sample.id());
        ArrayNode sentences = n.putArray("sentences");
        for (SampleDocument.Span s : sample.sentences()) {
            ObjectNode x = sentences.addObject();
            x.put("start", s.start());
            x.put("end", s.end());
            x.put("predicted", s.predicted().name());
            x.put("confidence", Fmt.n3(s.confidence()));
            ArrayNode gold = x.putArray("gold");
            s.gold().forEach(g -> gold.add(g.name()));
        }
        return n;
    }
}
