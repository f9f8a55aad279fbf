package dev.thresher.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Segmenter;
import dev.thresher.segment.Sentence;
import dev.thresher.segment.WordTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private static final Segmenter SEGMENTER = Segmenter.english();
    private static final WordTokenizer TOKENIZER = WordTokenizer.of("simple");
    private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());

    private List<Set<String>> features(String text) {
        return features(extractor, SEGMENTER.segment(text));
    }

    private static List<Set<String>> features(FeatureExtractor extractor, List<Sentence> sentences) {
        return extractor.extract(sentences).stream().map(a -> Set.of(a)).toList();
    }

    private static List<Sentence> alone(String text) {
        return Layout.of(text).sentences(List.of(new int[] {0, text.length()}));
    }

    private static FeatureConfig config(int maxNgram, boolean context, Set<FeatureGroup> disabled) {
        return new FeatureConfig(FeatureConfig.CURRENT_VERSION, FeatureConfig.Tokenizer.SIMPLE, maxNgram, context,
                disabled);
    }

    /** What one cue extractor finds in sentence {@code index} of {@code sentences}. */
    private static SentenceCues run(CueExtractor cues, List<Sentence> sentences, int index) {
        SentenceCues out = new SentenceCues();
        cues.extract(SentenceView.of(sentences.get(index).text(), TOKENIZER), new DocumentView(sentences), index, out);
        return out;
    }

    /** Every feature (shared and local) one cue extractor finds in {@code sentence} standing alone. */
    private static Set<String> cues(CueExtractor cues, String sentence) {
        SentenceCues out = run(cues, alone(sentence), 0);
        Set<String> all = new TreeSet<>(out.shared);
        all.addAll(out.local);
        return all;
    }

    @Test
    void everySentenceHasTheBiasFeatureAndSortedUniqueNames() {
        List<Sentence> sentences = SEGMENTER.segment("!!!\n...\nThe council met.");
        for (String[] f : extractor.extract(sentences)) {
            assertTrue(Arrays.asList(f).contains(FeatureExtractor.BIAS));
            String[] sorted = f.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, f);
            assertTrue(Set.of(f).size() == f.length);
        }
    }

    @Test
    void speechInQuotesDiffersFromAScareQuotedName() {
        List<Set<String>> f = features("\"We will not close the depot this year,\" the mayor said.\n"
                + "The \"Lunar Gateway\" station is behind schedule.");
        assertTrue(f.get(0).contains("q:long"));
        assertTrue(f.get(0).contains("q:comma_close"));
        assertTrue(f.get(0).contains("rv:verb"));
        assertTrue(f.get(1).contains("q:short_only"));
        assertFalse(f.get(1).contains("rv:verb"));
    }

    @Test
    void colonIntroducedQuoteShowsInTheNextSentenceContext() {
        List<Set<String>> f = features("The agency said:\nRates will stay on hold until spring.");
        assertTrue(f.get(0).contains("rv:colon_end"));
        assertTrue(f.get(1).contains("p1.rv:colon_end"));
        assertTrue(f.get(0).contains("n1.lay:alone"));
    }

    @Test
    void stanceCuesIgnoreWordsInsideQuotes() {
        List<Set<String>> f = features("I think the council should publish the figures.\n"
                + "\"I think we should wait,\" she said.");
        assertTrue(f.get(0).containsAll(Set.of("st:i", "st:should", "st:hedge")));
        assertFalse(f.get(1).contains("st:i"));
        assertTrue(f.get(1).contains("st:we_quoted"));
    }

    @Test
    void repeatedLinesAndChromeAreMarked() {
        List<Set<String>> f = features("Storm closes harbour\nShare on Facebook\nStorm closes harbour");
        assertTrue(f.get(2).contains("lay:dup_line"));
        assertFalse(f.get(0).contains("lay:dup_line"));
        assertTrue(f.get(1).contains("web:chrome_dense"));
    }

    @Test
    void disabledGroupsAreLeftOut() {
        FeatureExtractor noWords = new FeatureExtractor(config(2, true, EnumSet.of(FeatureGroup.WORDS,
                FeatureGroup.CONTEXT)));
        List<Sentence> sentences = SEGMENTER.segment("Prices rose 4% in May. Analysts were surprised.");
        for (String[] f : noWords.extract(sentences)) {
            for (String name : f) {
                assertFalse(name.startsWith("w:") || name.startsWith("p1.") || name.startsWith("n1."), name);
            }
        }
    }

    @Test
    void eachDisabledGroupRemovesExactlyItsOwnPrefix() {
        List<Sentence> sentences = SEGMENTER.segment("Storm closes harbour\nBy Ana Ruiz\n\"We had no choice,\" "
                + "the harbourmaster said on Tuesday at 10:30. Read more at www.example.com | Share").stream()
                .map(s -> s.withMarkup(s.line() == 0 ? List.of("dom:heading", "dom:in=article") : List.of("dom:tag=p")))
                .toList();
        List<Set<String>> full = features(extractor, sentences);
        for (FeatureGroup g : FeatureGroup.values()) {
            List<Set<String>> without = features(new FeatureExtractor(config(2, true, EnumSet.of(g))), sentences);
            int removedInAll = 0;
            for (int i = 0; i < sentences.size(); i++) {
                Set<String> removed = new HashSet<>(full.get(i));
                removed.removeAll(without.get(i));
                removedInAll += removed.size();
                for (String name : removed) {
                    boolean ofGroup = g == FeatureGroup.CONTEXT
                            ? name.startsWith("p1.") || name.startsWith("n1.")
                            : name.startsWith(g.prefix()) || name.startsWith("p1." + g.prefix())
                                    || name.startsWith("n1." + g.prefix());
                    assertTrue(ofGroup, g + " removed " + name);
                }
                assertTrue(full.get(i).containsAll(without.get(i)), g + " sentence " + i);
            }
            assertTrue(removedInAll > 0, g.toString());
        }
    }

    @Test
    void extractionIsDeterministicAcrossTokenizers() {
        FeatureExtractor me = new FeatureExtractor(new FeatureConfig(FeatureConfig.CURRENT_VERSION,
                FeatureConfig.Tokenizer.ME, 2, true, Set.of()));
        List<Sentence> sentences = SEGMENTER.segment("Dr. Okafor said the trial would resume on Monday.");
        assertArrayEquals(me.extract(sentences).get(0), me.extract(sentences).get(0));
        assertTrue(Arrays.asList(me.extract(sentences).get(0)).contains("w:okafor"));
    }

    @Test
    void everyCueExtractorNamesFeaturesWithItsGroupPrefix() {
        List<CueExtractor> all = List.of(new WordCues(2), new QuoteCues(), new ReportingCues(), new StanceCues(),
                new NumberCues(), new ShapeCues(), new WebCues(), new LayoutCues(), new MarkupCues());
        assertEquals(EnumSet.complementOf(EnumSet.of(FeatureGroup.CONTEXT)),
                all.stream().map(CueExtractor::group).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(FeatureGroup.class))));
        for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets", "test")).subList(0, 5)) {
            List<Sentence> sentences = SEGMENTER.segment(doc.text());
            for (CueExtractor cues : all) {
                for (int i = 0; i < sentences.size(); i++) {
                    SentenceCues out = run(cues, sentences, i);
                    for (String name : out.shared) {
                        assertTrue(name.startsWith(cues.group().prefix()), name);
                    }
                    for (String name : out.local) {
                        assertTrue(name.startsWith(cues.group().prefix()), name);
                    }
                }
            }
        }
    }

    @Nested
    class WordFeatures {
        @Test
        void unigramsAndBigramsWithSentenceEdgesAndFoldedDigits() {
            SentenceCues out = run(new WordCues(2), alone("Rates rose in 2024."), 0);
            assertTrue(out.shared.isEmpty(), "word features are never passed to neighbours");
            assertEquals(Set.of("w:rates", "w:rose", "w:in", "w:0000", "w:.", "w:<s> rates", "w:rates rose",
                    "w:rose in", "w:in 0000", "w:0000 .", "w:. </s>"), new HashSet<>(out.local));
        }

        @Test
        void unigramsOnlyWithMaxNgramOne() {
            assertEquals(Set.of("w:we", "w:won"), cues(new WordCues(1), "We won"));
        }

        @Test
        void surrogateTokensBecomeSym() {
            assertTrue(cues(new WordCues(1), "Great \ud83d\ude00").contains("w:<sym>"));
        }
    }

    @Nested
    class QuoteFeatures {
        private final QuoteCues quotes = new QuoteCues();

        @Test
        void noMarksGivesOnlyNone() {
            assertEquals(Set.of("q:none"), cues(quotes, "The council didn't meet on O'Neil Street."));
        }

        @Test
        void speechInCurlyQuotesStartingTheSentence() {
            Set<String> f = cues(quotes, "\u201CWe will rebuild every house,\u201D the mayor said.");
            assertTrue(f.containsAll(Set.of("q:any", "q:marks=2", "q:starts", "q:long", "q:comma_close", "q:curly",
                    "q:inside=mid")), f.toString());
            assertFalse(f.contains("q:ends") || f.contains("q:straight") || f.contains("q:unclosed"), f.toString());
        }

        @Test
        void unclosedAndUnopenedMarks() {
            assertTrue(cues(quotes, "\"The plan will fail and everyone knows it").contains("q:unclosed"));
            assertTrue(cues(quotes, "and that is why we left,\" she said.").contains("q:unopened"));
        }

        @Test
        void guillemetsAndSingleQuotes() {
            assertTrue(cues(quotes, "He called it \u00ABa farce\u00BB in parliament.").contains("q:guillemet"));
            assertTrue(cues(quotes, "The so-called 'reform' passed.").containsAll(Set.of("q:single",
                    "q:short_only", "q:inside=low")));
        }
    }

    @Nested
    class ReportingFeatures {
        private final ReportingCues reporting = new ReportingCues();

        @Test
        void reportingVerbEarlyAndBeforeThat() {
            Set<String> f = cues(reporting, "The minister said that taxes would rise next year.");
            assertEquals(Set.of("rv:verb", "rv:said_that", "rv:verb_early"), f);
        }

        @Test
        void reportingVerbAtTheEndAfterAComma() {
            Set<String> f = cues(reporting, "Prices will keep rising, the bank warned.");
            assertTrue(f.containsAll(Set.of("rv:verb", "rv:verb_end", "rv:verb_after_comma")), f.toString());
            assertFalse(f.contains("rv:verb_quote"));
        }

        @Test
        void verbsInsideQuotesDoNotCount() {
            assertTrue(cues(reporting, "The banner read \"nobody said anything\" all week.").isEmpty());
        }

        @Test
        void accordingToStatementAndColons() {
            assertTrue(cues(reporting, "According to the police, two men were arrested.").contains(
                    "rv:according_to"));
            assertTrue(cues(reporting, "The firm denied wrongdoing in a statement.").contains("rv:statement"));
            assertTrue(cues(reporting, "The agency said:").contains("rv:colon_end"));
            assertTrue(cues(reporting, "Her answer: \"Never again.\"").contains("rv:colon_quote"));
        }
    }

    @Nested
    class StanceFeatures {
        private final StanceCues stance = new StanceCues();

        @Test
        void pronounsModalsHedgesAndEvaluation() {
            assertEquals(Set.of("st:we", "st:you", "st:would", "st:intensifier", "st:eval=2+"),
                    cues(stance, "We told you it would be a very bad and foolish plan"));
            assertEquals(Set.of("st:eval=1"), cues(stance, "It was a good year"));
        }

        @Test
        void questionsQuotedOrNot() {
            assertEquals(Set.of("st:question", "st:question_end"), cues(stance, "Is this the end?"));
            Set<String> quoted = cues(stance, "\"Why now?\" the driver asked.");
            assertTrue(quoted.contains("st:question_quoted"), quoted.toString());
            assertFalse(quoted.contains("st:question") || quoted.contains("st:question_end"), quoted.toString());
            assertTrue(cues(stance, "Stop it now!").contains("st:exclaim"));
        }
    }

    @Nested
    class NumberFeatures {
        private final NumberCues numbers = new NumberCues();

        @Test
        void yearsTimesMoneyAndPercentages() {
            assertEquals(Set.of("nm:digits=many", "nm:year", "nm:time", "nm:percent", "nm:currency", "nm:money",
                    "nm:month"), cues(numbers, "Prices rose 4% to $5 million in May 2024, at 10:30."));
        }

        @Test
        void wordsWithoutDigits() {
            assertEquals(Set.of("nm:day", "nm:percent"), cues(numbers, "Sales fell five percent on Monday."));
            assertEquals(Set.of("nm:digits=1", "nm:time"), cues(numbers, "The blast came at 6 am."));
            assertTrue(cues(numbers, "The mayor left early.").isEmpty());
        }
    }

    @Nested
    class ShapeFeatures {
        private final ShapeCues shape = new ShapeCues();

        @Test
        void headlineInCapitals() {
            assertEquals(Set.of("sh:len=2", "sh:all_caps", "sh:end=none", "sh:fragment"),
                    cues(shape, "BREAKING NEWS"));
        }

        @Test
        void menuLineWithPipes() {
            Set<String> f = cues(shape, "Home | World | Sport");
            assertTrue(f.containsAll(Set.of("sh:pipe", "sh:title_case", "sh:len=4-6")), f.toString());
        }

        @Test
        void terminalPunctuationBeforeAClosingQuote() {
            Set<String> f = cues(shape, "\"It is over, and nobody will miss it.\"");
            assertTrue(f.containsAll(Set.of("sh:end=period", "sh:end_after_closer", "sh:len=11-18")), f.toString());
            assertFalse(f.contains("sh:fragment"));
        }

        @Test
        void symbolsAndEntities() {
            assertTrue(cues(shape, "Copyright \u00A9 2024 &amp; all that").containsAll(Set.of("sh:copyright",
                    "sh:html_entity")));
            assertTrue(cues(shape, "- See the list").contains("sh:dash_start"));
            assertTrue(cues(shape, "and then it rained.").contains("sh:lower_start"));
        }
    }

    @Nested
    class WebFeatures {
        private final WebCues web = new WebCues();

        @Test
        void linkListLineIsDenseChrome() {
            assertEquals(Set.of("web:chrome=3", "web:chrome_dense"),
                    cues(web, "Share on Facebook | Twitter | WhatsApp"));
        }

        @Test
        void addressesHandlesAndTags() {
            assertTrue(cues(web, "Read the report at https://example.com/report").contains("web:url"));
            Set<String> f = cues(web, "Example.org first reported the deal.");
            assertTrue(f.contains("web:domain") && !f.contains("web:url"), f.toString());
            assertTrue(cues(web, "Write to jane@example.org, @janedoe or use #budget2024").containsAll(
                    Set.of("web:email", "web:handle", "web:hashtag")));
        }

        @Test
        void bylinesAndTimeStamps() {
            assertTrue(cues(web, "By Ana Ruiz").contains("web:byline"));
            assertTrue(cues(web, "\u2014 Written by Tom Lee").contains("web:byline"));
            assertFalse(cues(web, "By now the storm had passed").contains("web:byline"));
            assertTrue(cues(web, "Updated 3 hours ago").contains("web:ago"));
        }

        @Test
        void ordinaryNewsSentenceHasNoWebCues() {
            assertTrue(cues(web, "The council met on Tuesday to discuss the budget.").isEmpty());
        }
    }

    @Nested
    class LayoutFeatures {
        private final LayoutCues layout = new LayoutCues();
        private final List<Sentence> sentences = SEGMENTER.segment(
                "Storm closes harbour\n\nThe harbour closed. Boats stayed in.\n\nSubscribe now\nSubscribe now");

        @Test
        void absolutePositionIsLocalTheRestShared() {
            SentenceCues first = run(layout, sentences, 0);
            assertEquals(Set.of("lay:first", "lay:rel=0"), new HashSet<>(first.local));
            assertTrue(first.shared.containsAll(List.of("lay:alone", "lay:inline=1", "lay:para=1",
                    "lay:para_first")), first.shared.toString());
            SentenceCues last = run(layout, sentences, sentences.size() - 1);
            assertEquals(Set.of("lay:last", "lay:rel=4"), new HashSet<>(last.local));
            assertTrue(last.shared.containsAll(List.of("lay:para_last", "lay:dup_line", "lay:dup_sentence")),
                    last.shared.toString());
        }

        @Test
        void sentencesSharingALine() {
            SentenceCues a = run(layout, sentences, 1);
            SentenceCues b = run(layout, sentences, 2);
            assertTrue(a.shared.containsAll(List.of("lay:line_first", "lay:inline=2", "lay:para=2")),
                    a.shared.toString());
            assertTrue(b.shared.contains("lay:line_last"), b.shared.toString());
            assertFalse(a.shared.contains("lay:dup_sentence") || a.shared.contains("lay:para_first"));
        }

        @Test
        void gluedSentences() {
            List<Sentence> glued = Layout.of("It closed.Then it reopened.").sentences(
                    List.of(new int[] {0, 10}, new int[] {10, 27}));
            assertTrue(run(layout, glued, 0).shared.contains("lay:glued_next"));
            assertTrue(run(layout, glued, 1).shared.contains("lay:glued_prev"));
        }
    }

    @Nested
    class ContextFeatures {
        @Test
        void neighboursGetSharedCuesOnlyAndEdgesAreMarked() {
            List<Set<String>> f = features("Storm closes harbour\n\nThe harbour closed. Boats stayed in.");
            assertTrue(f.get(0).contains("p1.none"));
            assertTrue(f.get(2).contains("n1.none"));
            assertTrue(f.get(1).contains("n1.same_line") && f.get(2).contains("p1.same_line"));
            assertFalse(f.get(1).contains("p1.same_line") || f.get(1).contains("p1.same_para"));
            for (Set<String> sentence : f) {
                for (String name : sentence) {
                    if (name.startsWith("p1.") || name.startsWith("n1.")) {
                        String cue = name.substring(3);
                        assertFalse(cue.startsWith("w:") || cue.startsWith("lay:rel") || cue.equals("lay:first")
                                || cue.equals("lay:last") || cue.equals(FeatureExtractor.BIAS), name);
                    }
                }
            }
            assertTrue(f.get(1).containsAll(Set.of("p1.sh:fragment", "p1.lay:alone", "p1.lay:para_first")));
            assertTrue(f.get(0).contains("lay:first") && !f.get(1).contains("p1.lay:first"));
        }

        @Test
        void sameParagraphOnAnotherLine() {
            List<Set<String>> f = features("The harbour closed.\nBoats stayed in.");
            assertTrue(f.get(0).contains("n1.same_para") && f.get(1).contains("p1.same_para"));
        }

        @Test
        void contextOffLeavesNoPrefixedFeature() {
            for (FeatureConfig config : List.of(config(2, false, Set.of()),
                    config(2, true, EnumSet.of(FeatureGroup.CONTEXT)))) {
                for (Set<String> sentence : features(new FeatureExtractor(config),
                        SEGMENTER.segment("One sentence here.\nAnother one there."))) {
                    assertTrue(sentence.stream().noneMatch(n -> n.startsWith("p1.") || n.startsWith("n1.")),
                            sentence.toString());
                }
            }
        }
    }

    @Test
    void encoderGivesTheIdsOfTheNames() {
        Map<String, Integer> index = new HashMap<>();
        List<LabeledDocument> docs = DatasetReader.readFolder(Path.of("datasets", "test"));
        // An index that knows the features of the first documents only, in a scrambled order.
        for (LabeledDocument doc : docs.subList(0, 5)) {
            for (String[] names : extractor.extract(SEGMENTER.segment(doc.text()))) {
                for (String name : names) {
                    index.putIfAbsent(name, (name.hashCode() & 0x7fffffff) % 1_000_003);
                }
            }
        }
        FeatureExtractor.Encoder encoder = extractor.encoder(name -> index.getOrDefault(name, -1));
        int compared = 0;
        for (LabeledDocument doc : docs.subList(0, 10)) {
            List<Sentence> sentences = SEGMENTER.segment(doc.text());
            List<String[]> names = extractor.extract(sentences);
            int[][] ids = encoder.encode(sentences);
            assertEquals(names.size(), ids.length);
            for (int i = 0; i < names.size(); i++) {
                List<Integer> expected = new ArrayList<>(new TreeSet<>(
                        Arrays.stream(names.get(i)).filter(index::containsKey).map(index::get).toList()));
                assertEquals(expected, Arrays.stream(ids[i]).boxed().toList(), doc.id() + " " + i);
                compared++;
            }
        }
        assertTrue(compared > 100);
    }

    @Nested
    class ConfigJson {
        private final ObjectMapper json = new ObjectMapper();

        @Test
        void jsonIsTheFormerObjectWithTheTokenizerAsItsId() throws Exception {
            assertEquals("{\"version\":1,\"tokenizer\":\"simple\",\"maxNgram\":2,\"context\":true,\"disabled\":[]}",
                    json.writeValueAsString(FeatureConfig.defaults()));
            FeatureConfig read = json.readValue("{\"version\":1,\"tokenizer\":\"me\",\"maxNgram\":1,"
                    + "\"context\":false,\"disabled\":[\"WEB\",\"QUOTES\"]}", FeatureConfig.class);
            assertEquals(new FeatureConfig(1, FeatureConfig.Tokenizer.ME, 1, false,
                    EnumSet.of(FeatureGroup.QUOTES, FeatureGroup.WEB)), read);
            assertEquals("{\"version\":1,\"tokenizer\":\"me\",\"maxNgram\":1,\"context\":false,"
                    + "\"disabled\":[\"QUOTES\",\"WEB\"]}", json.writeValueAsString(read));
        }

        @Test
        void unknownTokenizerIsRefusedByName() {
            Exception e = assertThrows(Exception.class, () -> json.readValue(
                    "{\"version\":1,\"tokenizer\":\"bert\",\"maxNgram\":2,\"context\":true,\"disabled\":[]}",
                    FeatureConfig.class));
            assertTrue(e.getMessage().contains("tokenizer must be 'simple' or 'me', not 'bert'"), e.getMessage());
            assertThrows(NullPointerException.class, () -> new FeatureConfig(1, null, 2, true, Set.of()));
            assertThrows(IllegalArgumentException.class, () -> config(3, true, Set.of()));
        }
    }
}
