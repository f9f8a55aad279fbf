package dev.thresher.cli;

import dev.thresher.model.Versions;
import picocli.CommandLine;

/** Prints Thresher's version and those of its main libraries. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"thresher " + Versions.thresher(), "tribuo " + Versions.tribuo(),
            "opennlp " + Versions.opennlp()};
    }
}
