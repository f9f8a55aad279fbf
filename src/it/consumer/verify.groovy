// Runs after the consumer's build (maven-invoker-plugin): checks the jars a project that
// depends on dev.thresher:thresher is given. Its output is in target/it/consumer/build.log.
import java.util.zip.ZipFile

File list = new File(basedir, 'target/dependencies.txt')
if (!list.isFile()) {
    throw new AssertionError("no ${list}: the consumer's dependency:list did not run")
}

// Lines look like "   group:artifact:type[:classifier]:version:scope:/path/to.jar -- module ..."
def deps = []
list.eachLine { line ->
    def entry = line.trim().replaceFirst(/\s+--\s.*$/, '')
    def parts = entry.split(':') as List
    int scope = parts.findIndexOf { it == 'compile' || it == 'runtime' }
    if (parts.size() >= 5 && scope >= 4) {
        deps << [ga: parts[0] + ':' + parts[1], id: parts[0..scope].join(':'),
                 file: new File(parts[(scope + 1)..-1].join(':'))]
    }
}
if (deps.isEmpty()) {
    throw new AssertionError("no dependencies read from ${list}:\n" + list.text)
}

// The CLI's jars, OLCUT's shell and Tribuo's loaders; and Spark (provided: dev.thresher.spark runs where
// Spark already is), with its Scala and Hadoop.
def forbidden = ['picocli', 'slf4j-simple', 'jline', 'jansi', 'opencsv', 'commons-beanutils', 'tribuo-data',
                 'org.apache.spark', 'scala-library', 'hadoop', 'log4j']
def required = ['dev.thresher:thresher', 'org.tribuo:tribuo-classification-sgd', 'org.apache.opennlp:opennlp-tools']

def problems = []
forbidden.each { name ->
    deps.findAll { it.ga.contains(name) }.each { problems << "must not be a dependency of a library user: ${it.id}" }
}
required.each { ga ->
    if (!deps.any { it.ga == ga }) { problems << "missing dependency: ${ga}" }
}

// The jar a library user gets must be the plain one, not the CLI's shaded jar.
def thresher = deps.find { it.ga == 'dev.thresher:thresher' }
if (thresher != null) {
    new ZipFile(thresher.file).withCloseable { zip ->
        def bundled = zip.entries().toList().collect { it.name }
                .findAll { it.startsWith('picocli/') || it.startsWith('org/slf4j/') || it.startsWith('org/tribuo/') }
        if (bundled) { problems << "${thresher.file.name} bundles other libraries' classes, e.g. ${bundled.take(3)}" }
    }
}

long bytes = deps.sum { it.file.length() }
println String.format('Consumer of dev.thresher:thresher gets %d jars, %.1f MB:', deps.size(), bytes / 1e6)
deps.sort { it.id }.each { println String.format('  %8d  %s', it.file.length(), it.id) }

if (problems) {
    throw new AssertionError('Consumer dependency check failed:\n  ' + problems.join('\n  '))
}
return true
