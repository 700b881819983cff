package docpipe.parse.devcorpus;

import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import docpipe.untext.UnSymbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** What a parsed document gets wrong against its manifest row, one line per wrong figure; empty when it is exact. */
final class DevCorpusCheck {

    private DevCorpusCheck() {
    }

    static List<String> problems(DevManifest.Row truth, ParsedDocument doc) {
        List<String> problems = new ArrayList<>();
        ParsedDocument.Metadata m = doc.metadata();
        // the manifest writes the symbol as printed; the parser gives the shared normaliser's form of it
        field(problems, "symbol", UnSymbols.normalize(truth.symbol()), m.symbol());
        field(problems, "language", truth.language(), m.language());
        field(problems, "type", truth.type(), m.type() == null ? null : m.type().name());
        date(problems, truth, m);
        field(problems, "session", truth.session(), m.session());
        field(problems, "agenda item", truth.agendaItem(), m.agendaItem());
        List<Integer> numbers = numbers(doc);
        if (truth.mainSequence() != null) {
            List<Integer> main = mainSequence(numbers);
            List<Integer> expected = IntStream.rangeClosed(1, truth.mainSequence()).boxed().toList();
            if (!main.equals(expected)) {
                problems.add("main sequence: expected 1.." + truth.mainSequence() + ", found " + describe(main));
            }
        }
        if (truth.numberedTotal() != null && numbers.size() != truth.numberedTotal()) {
            problems.add("numbered paragraphs: expected " + truth.numberedTotal() + ", found " + numbers.size());
        }
        if (truth.preambular() != null) {
            long pre = doc.paragraphs().stream().filter(p -> p.role() == ParagraphRole.PREAMBULAR).count();
            long op = doc.paragraphs().stream()
                    .filter(p -> p.role() == ParagraphRole.OPERATIVE && p.kind() == ParagraphKind.PARAGRAPH).count();
            if (pre != truth.preambular() || op != truth.operative()) {
                problems.add("pre/op: expected " + truth.preambular() + "/" + truth.operative() + ", found " + pre + "/" + op);
            }
        }
        return problems;
    }

    /** The top-level paragraph numbers in document order. */
    static List<Integer> numbers(ParsedDocument doc) {
        return doc.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.PARAGRAPH && p.number() != null && p.number().matches("\\d{1,4}"))
                .map(p -> Integer.parseInt(p.number())).toList();
    }

    /** The numbers up to where the numbering starts again at 1 (an annex). */
    static List<Integer> mainSequence(List<Integer> numbers) {
        List<Integer> main = new ArrayList<>();
        for (int n : numbers) {
            if (n == 1 && !main.isEmpty()) {
                break;
            }
            main.add(n);
        }
        return main;
    }

    /** "1..12, 14..20" with the gaps and repeats visible. */
    static String describe(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        int start = numbers.get(0);
        int prev = start;
        for (int i = 1; i <= numbers.size(); i++) {
            Integer n = i < numbers.size() ? numbers.get(i) : null;
            if (n == null || n != prev + 1) {
                sb.append(sb.isEmpty() ? "" : ", ").append(start == prev ? String.valueOf(start) : start + ".." + prev);
                if (n != null) {
                    start = n;
                }
            }
            if (n != null) {
                prev = n;
            }
        }
        return sb + " (" + numbers.size() + ")";
    }

    /** How long before its issue date (the manifest's, printed under "Distr.") a text may have been adopted. */
    private static final int ADOPTION_BEFORE_ISSUE_DAYS = 60;

    /**
     * The manifest gives the date printed under "Distr."; for a resolution or decision the parser gives the
     * adoption date (its closing lines or "adopted on" in the masthead), which precedes the issue date by days
     * or weeks. That is accepted; any other date is wrong.
     */
    private static void date(List<String> problems, DevManifest.Row truth, ParsedDocument.Metadata m) {
        boolean adoptedText = "RESOLUTION".equals(truth.type()) || "DECISION".equals(truth.type());
        if (adoptedText && truth.date() != null && m.date() != null) {
            java.time.LocalDate issued = java.time.LocalDate.parse(truth.date());
            java.time.LocalDate found = java.time.LocalDate.parse(m.date());
            if (!found.isAfter(issued) && !found.isBefore(issued.minusDays(ADOPTION_BEFORE_ISSUE_DAYS))) {
                return;
            }
        }
        field(problems, "date", truth.date(), m.date());
    }

    private static void field(List<String> problems, String name, String expected, String found) {
        if (!Objects.equals(expected, found)) {
            problems.add(name + ": expected " + expected + ", found " + found);
        }
    }
}
