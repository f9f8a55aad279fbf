package dev.thresher.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions of Thresher and of the libraries it is built on, as recorded in model manifests. */
public final class Versions {
    private Versions() {
    }

    /** This Thresher build's version. */
    public static String thresher() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/dev/thresher/thresher.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The Tribuo version on the class path. */
    public static String tribuo() {
        return org.tribuo.Tribuo.VERSION;
    }

    /** The OpenNLP version on the class path. */
    public static String opennlp() {
        return opennlp.tools.util.Version.currentVersion().toString();
    }
}
