package dev.thresher.cli;

import dev.thresher.CleaningPolicy;
import dev.thresher.Label;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The cleaning-policy options ({@code --precision}, {@code --recall},
 * {@code --boilerplate-threshold}, {@code --drop}, {@code --drop-headings}), shared by
 * {@code clean} and the Spark job's {@code clean} (hence public; not part of the library's API).
 */
public final class CleaningOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--precision", description = "Drop every sentence with a 20%% chance or more of being "
            + "boilerplate: less chrome left in, some article text lost (the PRECISION policy).")
    boolean precision;

    @Option(names = "--recall", description = "Drop only sentences at least 80%% likely to be boilerplate: more "
            + "article text kept, more chrome too (the RECALL policy).")
    boolean recall;

    @Option(names = "--boilerplate-threshold", paramLabel = "P",
            description = "Drop sentences whose probability of BOILERPLATE is at least P, in (0, 1] (default: 0.4; "
                    + "0.2 with --precision, 0.8 with --recall).")
    Double threshold;

    @Option(names = "--drop", split = ",", paramLabel = "LABEL",
            description = "The labels whose sentences are dropped (default: BOILERPLATE). E.g. BOILERPLATE,OPINION "
                    + "keeps the claims and quotations.")
    Set<Label> drop;

    @Option(names = "--drop-headings", description = "Also drop headings: short lines of their own that do not end "
            + "as a sentence does.")
    boolean dropHeadings;

    /**
     * The policy the options describe.
     *
     * @throws CommandLine.ParameterException for --precision with --recall, or a threshold out of (0, 1]
     */
    public CleaningPolicy policy() {
        if (precision && recall) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision and --recall exclude each other");
        }
        CleaningPolicy policy = precision ? CleaningPolicy.PRECISION : recall ? CleaningPolicy.RECALL
                : CleaningPolicy.DEFAULT;
        if (threshold != null) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--boilerplate-threshold must be in (0, 1], not " + threshold);
            }
            policy = policy.withBoilerplateThreshold(threshold);
        }
        if (drop != null) {
            policy = policy.withDropped(drop);
        }
        return dropHeadings ? policy.withHeadings(false) : policy;
    }
}
