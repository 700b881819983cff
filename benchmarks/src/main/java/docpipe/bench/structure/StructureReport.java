package docpipe.bench.structure;

import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import docpipe.parse.extract.DocumentReader;
import docpipe.untext.UnSymbols;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The structure report (issue 13): every document of {@code shared/corpus} through the parse service's
 * {@link DocumentReader}, and for those of {@code corpus/dev} its figures against MANIFEST.md: metadata
 * fields right or wrong, numbered paragraphs found / expected, gaps in the sequence, headings, footnotes.
 * {@code ./benchmarks/bench --parts structure}, or this class's main with the repository root (and a file).
 */
public final class StructureReport {

    private static final int ADOPTION_BEFORE_ISSUE_DAYS = 60;

    private final Path root;
    private final DocumentReader reader = new DocumentReader();

    public StructureReport(Path root) {
        this.root = root;
    }

    /** {@code StructureReport [root [file]]}: the report's Markdown into the file (PDFBox logs on the console), else printed. */
    public static void main(String[] args) throws Exception {
        StructureReport report = new StructureReport(Path.of(args.length > 0 ? args[0] : "."));
        if (args.length > 1) {
            StringBuilder text = new StringBuilder();
            report.write(line -> text.append(line).append('\n'));
            Files.writeString(Path.of(args[1]), text);
        } else {
            report.write(System.out::println);
        }
        System.exit(0);
    }

    /** Writes the report's Markdown, line by line. */
    public void write(Consumer<String> out) throws Exception {
        Path dev = DevManifest.locate(root);
        DevManifest manifest = DevManifest.read(dev);
        out.accept("Every document of `shared/corpus/dev` read by `DocumentReader` (PDF with its layout) and compared with "
                + "`MANIFEST.md`. Metadata: the fields that differ (a resolution's or decision's date is its adoption date, "
                + "accepted when it precedes the date under \"Distr.\" by at most " + ADOPTION_BEFORE_ISSUE_DAYS + " days). "
                + "Numbered: top-level paragraphs of the main sequence (up to where numbering restarts at 1) found / "
                + "expected, or all numbered paragraphs where the manifest counts them so; pre/op: preambular / operative.");
        out.accept("");
        out.accept("| file | metadata wrong | numbered found / expected | gaps or repeats | pre/op found / expected | headings | footnotes | exact |");
        out.accept("|---|---|---|---|---|---|---|---|");
        int exact = 0;
        for (DevManifest.Row row : manifest.rows()) {
            ParsedDocument doc = read(dev.resolve(row.file()));
            List<String> wrong = metadataWrong(row, doc.metadata());
            List<Integer> numbers = numbers(doc);
            List<Integer> main = mainSequence(numbers);
            String numbered;
            boolean numbersRight;
            if (row.numberedTotal() != null) {
                numbered = numbers.size() + " / " + row.numberedTotal() + " (all)";
                numbersRight = numbers.size() == row.numberedTotal();
            } else if (row.mainSequence() != null) {
                numbered = main.size() + " / " + row.mainSequence();
                numbersRight = main.equals(IntStream.rangeClosed(1, row.mainSequence()).boxed().toList());
            } else {
                numbered = numbers.size() + " / –";
                numbersRight = true;
            }
            String preOp = "–";
            boolean preOpRight = true;
            if (row.preambular() != null) {
                long pre = doc.paragraphs().stream().filter(p -> p.role() == ParagraphRole.PREAMBULAR).count();
                long op = doc.paragraphs().stream()
                        .filter(p -> p.role() == ParagraphRole.OPERATIVE && p.kind() == ParagraphKind.PARAGRAPH).count();
                preOp = pre + "/" + op + " / " + row.preambular() + "/" + row.operative();
                preOpRight = pre == row.preambular() && op == row.operative();
            }
            boolean ok = wrong.isEmpty() && numbersRight && preOpRight;
            exact += ok ? 1 : 0;
            out.accept("| " + row.file() + " | " + (wrong.isEmpty() ? "–" : String.join("; ", wrong)) + " | " + numbered
                    + " | " + gaps(main) + " | " + preOp + " | " + count(doc, ParagraphKind.HEADING) + " | " + count(doc, ParagraphKind.FOOTNOTE)
                    + " | " + (ok ? "yes" : "**no**") + " |");
        }
        out.accept("");
        out.accept("Exact: **" + exact + " of " + manifest.rows().size() + "** development documents.");
        out.accept("");
        out.accept("The seed corpus (no manifest; its figures are pinned by parse-service's CorpusDocumentsTest):");
        out.accept("");
        out.accept("| file | symbol | type | language | date | numbered | gaps or repeats | headings | footnotes |");
        out.accept("|---|---|---|---|---|---|---|---|---|");
        List<Path> seeds;
        try (Stream<Path> files = Files.walk(dev.getParent())) {
            seeds = files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dev))
                    .filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path seed : seeds) {
            ParsedDocument doc = read(seed);
            ParsedDocument.Metadata m = doc.metadata();
            List<Integer> numbers = numbers(doc);
            out.accept("| " + dev.getParent().relativize(seed) + " | " + m.symbol() + " | " + m.type() + " | " + m.language()
                    + " | " + m.date() + " | " + numbers.size() + " | " + gaps(mainSequence(numbers)) + " | "
                    + count(doc, ParagraphKind.HEADING) + " | " + count(doc, ParagraphKind.FOOTNOTE) + " |");
        }
    }

    private ParsedDocument read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.getFileName().toString(), null);
        }
    }

    private static List<String> metadataWrong(DevManifest.Row truth, ParsedDocument.Metadata m) {
        List<String> wrong = new ArrayList<>();
        field(wrong, "symbol", UnSymbols.normalize(truth.symbol()), m.symbol());
        field(wrong, "language", truth.language(), m.language());
        field(wrong, "type", truth.type(), m.type() == null ? null : m.type().name());
        boolean adopted = ("RESOLUTION".equals(truth.type()) || "DECISION".equals(truth.type()))
                && truth.date() != null && m.date() != null
                && !LocalDate.parse(m.date()).isAfter(LocalDate.parse(truth.date()))
                && !LocalDate.parse(m.date()).isBefore(LocalDate.parse(truth.date()).minusDays(ADOPTION_BEFORE_ISSUE_DAYS));
        if (!adopted) {
            field(wrong, "date", truth.date(), m.date());
        }
        field(wrong, "session", truth.session(), m.session());
        field(wrong, "agenda", truth.agendaItem(), m.agendaItem());
        return wrong;
    }

    private static void field(List<String> wrong, String name, String expected, String found) {
        if (!Objects.equals(expected, found)) {
            wrong.add(name + " " + found + " (is " + expected + ")");
        }
    }

    private static List<Integer> numbers(ParsedDocument doc) {
        return doc.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.PARAGRAPH && p.number() != null && p.number().matches("\\d{1,4}"))
                .map(p -> Integer.parseInt(p.number())).toList();
    }

    private static List<Integer> mainSequence(List<Integer> numbers) {
        List<Integer> main = new ArrayList<>();
        for (int n : numbers) {
            if (n == 1 && !main.isEmpty()) {
                break;
            }
            main.add(n);
        }
        return main;
    }

    /** The places where the sequence skips or repeats a number: "after 12: 14", or "–". */
    private static String gaps(List<Integer> numbers) {
        List<String> gaps = new ArrayList<>();
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) != numbers.get(i - 1) + 1) {
                gaps.add("after " + numbers.get(i - 1) + ": " + numbers.get(i));
            }
        }
        if (!numbers.isEmpty() && numbers.get(0) != 1) {
            gaps.add(0, "starts at " + numbers.get(0));
        }
        return gaps.isEmpty() ? "–" : String.join(", ", gaps);
    }

    private static long count(ParsedDocument doc, ParagraphKind kind) {
        return doc.paragraphs().stream().filter(p -> p.kind() == kind).count();
    }
}
