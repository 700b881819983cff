package docpipe.bench;

import docpipe.enrich.annotate.Annotator;
import docpipe.enrich.annotate.DocumentEnricher;
import docpipe.events.DocumentId;
import docpipe.events.DocumentParsed;
import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each stage's work on one document next to its floor, per file: raw Tika extraction vs the parse stage
 * (DocumentReader: Tika with the service's settings plus structure), and the Aho-Corasick scan of the
 * parsed paragraphs vs the enrich stage (DocumentEnricher over the same parsed document). Run by
 * {@link Bench} through JMH's Runner; iterations and forks come from there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FloorBenchmarks {

    @Param({Corpus.REPORT_PDF, Corpus.REPORT_TXT, "A-RES-73-6.en.pdf"})
    public String file;

    private Corpus.Sample sample;
    private AutoDetectParser tika;
    private DocumentReader reader;
    private DocumentEnricher enricher;
    private DocumentParsed parsed;
    private Dictionary dictionary;
    private List<String> texts;
    private List<String> folded;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sample = Corpus.load(file);
        tika = new AutoDetectParser();
        reader = new DocumentReader();
        enricher = new DocumentEnricher(Annotator.fromClasspath());
        ParsedDocument document = reader.read(new ByteArrayInputStream(sample.bytes()), file, sample.mediaType());
        parsed = new DocumentParsed(Ids.of(sample.bytes()), file, Instant.now(), Instant.now(),
                document);
        dictionary = new Dictionary();
        texts = document.paragraphs().stream().map(ParsedDocument.Paragraph::text).toList();
        folded = texts.stream().map(t -> docpipe.enrich.text.TextNormalizer.normalize(t).folded()).toList();
    }

    /** Parse's floor: Tika's AutoDetectParser with its defaults, text only, no structure. */
    @Benchmark
    public int tikaRaw() throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(sample.bytes()), handler, new Metadata(), new ParseContext());
        return handler.toString().length();
    }

    /** The parse stage's work: the service's DocumentReader (extraction with its settings, then structure). */
    @Benchmark
    public ParsedDocument parse() throws Exception {
        return reader.read(new ByteArrayInputStream(sample.bytes()), file, sample.mediaType());
    }

    /** Enrich's floor: the Aho-Corasick scan of the already folded paragraphs. */
    @Benchmark
    public int ahoCorasickScan() {
        int hits = 0;
        for (String text : folded) {
            hits += dictionary.scan(text);
        }
        return hits;
    }

    /** The floor plus the unavoidable folding of the text: normalise each paragraph, then scan it. */
    @Benchmark
    public int normalizeAndScan() {
        int hits = 0;
        for (String text : texts) {
            hits += dictionary.normalizeAndScan(text);
        }
        return hits;
    }

    /** The enrich stage's work: DocumentEnricher over the parsed document (entities, themes, SDGs, citations). */
    @Benchmark
    public Object enrich() {
        return enricher.enrich(parsed, Instant.EPOCH);
    }
}
