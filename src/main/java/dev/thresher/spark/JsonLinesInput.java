package dev.thresher.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads JSON Lines for the job, one document per line, with what made a line unreadable in
 * column {@link #READ_ERROR}: malformed JSON, no text field, or a text that is not a string.
 * Spark's JSON reader alone would turn a number or an object where the text should be into its
 * JSON text; here the text field is read as a {@code variant} first, so its type is known per
 * record. (For a nested text field, {@code a.b}, Spark's reading is kept as it is.)
 */
final class JsonLinesInput {
    /** The column that holds why a record could not be read, null for a readable one. */
    static final String READ_ERROR = "__thresher_read_error";

    private static final String CORRUPT = "__thresher_corrupt_record";

    private JsonLinesInput() {
    }

    static Dataset<Row> read(SparkSession spark, String path, String textField) {
        StructType inferred = spark.read().option("columnNameOfCorruptRecord", CORRUPT).json(path).schema();
        List<StructField> fields = new ArrayList<>();
        boolean topLevel = false;
        for (StructField f : inferred.fields()) {
            if (f.name().equals(CORRUPT)) {
                continue;
            }
            if (f.name().equals(textField)) {
                topLevel = true;
                fields.add(new StructField(f.name(), DataTypes.VariantType, true, f.metadata()));
            } else {
                fields.add(f);
            }
        }
        boolean nested = !topLevel && textField.indexOf('.') > 0;
        if (!topLevel && !nested) {
            fields.add(new StructField(textField, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
        }
        fields.add(new StructField(CORRUPT, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
        Dataset<Row> records = spark.read().schema(new StructType(fields.toArray(StructField[]::new)))
                .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(path);
        Column corrupt = functions.col(CORRUPT);
        Column readError = functions.when(corrupt.isNotNull(), functions.concat(functions.lit("malformed JSON: "),
                functions.substring(corrupt, 1, 60)));
        if (!nested) {
            Column text = functions.col(quote(textField));
            Column type = topLevel ? functions.expr("schema_of_variant(" + quote(textField) + ")") : functions.lit("VOID");
            String name = "\"" + textField + "\"";
            readError = readError
                    .when(text.isNull().or(type.equalTo("VOID")), functions.lit("no " + name + " field, or it is null"))
                    .when(type.notEqual("STRING"), functions.concat(functions.lit(name + " is not a string ("),
                            functions.lower(type), functions.lit(")")));
            records = records.withColumn(READ_ERROR, readError).withColumn(textField, topLevel
                    ? functions.when(type.equalTo("STRING"), functions.expr("variant_get(" + quote(textField)
                            + ", '$', 'string')"))
                    : functions.lit(null).cast(DataTypes.StringType));
            return records.drop(CORRUPT);
        }
        return records.withColumn(READ_ERROR, readError).drop(CORRUPT);
    }

    private static String quote(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
