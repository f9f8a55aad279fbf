package dev.thresher.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with the job's {@code spark.hadoop.*} settings: file system
 * credentials, endpoints), carried to the executors so that they read a model bundle the way
 * the driver does. Hadoop's {@code Configuration} is {@code Writable}, not {@code Serializable}.
 */
final class HadoopConfiguration implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private transient Configuration value;

    HadoopConfiguration(Configuration value) {
        this.value = value;
    }

    Configuration value() {
        return value;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        value.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        value = new Configuration(false);
        value.readFields(in);
    }
}
