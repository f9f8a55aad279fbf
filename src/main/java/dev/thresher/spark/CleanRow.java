package dev.thresher.spark;

import java.io.Serial;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The row function of clean mode: a document's text to its clean text, or to an error. */
final class CleanRow implements UDF1<Object, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The clean text, or the error that stopped it. */
    static final StructType TYPE = new StructType()
            .add("text", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    private final Settings settings;

    CleanRow(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Row call(Object value) {
        String problem = settings.problem(value);
        if (problem != null) {
            return RowFactory.create(null, problem);
        }
        String text = (String) value;
        try {
            return RowFactory.create(settings.thresher().clean(text, settings.policy()), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            settings.failed();
            return RowFactory.create(null, Settings.failure(text, e));
        }
    }
}
