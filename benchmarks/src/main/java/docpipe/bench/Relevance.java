package docpipe.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the search ranks what a reader looks for: the judged query set ({@code relevance/judged-queries.tsv})
 * run through {@code /api/search} over the corpus documents of {@code relevance/documents.txt}, each parsed, enriched
 * and stored in process. For every query: the rank of the first relevant hit (its reciprocal averages to the MRR)
 * and the share of the relevant paragraphs among the first ten (recall@10).
 */
final class Relevance {

    static final int CUTOFF = 10;
    /** How deep the first relevant hit is looked for: the API's largest page. */
    static final int RANKED = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Judgement(String query, String language, String kind, String relevant) {
    }

    record Outcome(Judgement judgement, int firstRelevantRank, int relevantInTop, int relevantTotal) {

        double reciprocalRank() {
            return firstRelevantRank == 0 ? 0 : 1.0 / firstRelevantRank;
        }

        double recall() {
            return relevantTotal == 0 ? 0 : (double) relevantInTop / Math.min(relevantTotal, CUTOFF);
        }
    }

    private Relevance() {
    }

    /** Indexes the documents into {@code p}'s store and index (new, of this run only) and runs every judged query. */
    static List<Outcome> run(InProcess p, Path corpus) throws Exception {
        for (String file : lines("/relevance/documents.txt")) {
            Path path = corpus.resolve(file);
            p.storeAndIndex(new Corpus.Sample(path.getFileName().toString(), Files.readAllBytes(path)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String line : lines("/relevance/judged-queries.tsv")) {
            String[] f = line.split("\t");
            Judgement j = new Judgement(f[0], f[1], f[2], f[3]);
            outcomes.add(judge(p, j));
        }
        return outcomes;
    }

    private static Outcome judge(InProcess p, Judgement j) throws Exception {
        // every relevant paragraph: all of the document's, or those with the text, whatever the query finds
        List<JsonNode> ranked = items(p.searchBody("q=" + InProcess.encode(j.query()) + "&size=" + RANKED
                + "&facets=false"));
        int total = j.kind().equals("symbol")
                ? JSON.readTree(p.searchBody("symbol=" + InProcess.encode(j.relevant()) + "&size=1&facets=false"))
                .get("total").asInt()
                : relevantTotal(p, j);
        int first = 0;
        int inTop = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant(ranked.get(i), j)) {
                if (first == 0) {
                    first = i + 1;
                }
                if (i < CUTOFF) {
                    inTop++;
                }
            }
        }
        return new Outcome(j, first, inTop, total);
    }

    /** Paragraphs containing the relevant text, counted over every paragraph of the read model. */
    private static int relevantTotal(InProcess p, Judgement j) {
        String wanted = squeezed(j.relevant());
        return (int) p.paragraphTexts().stream().filter(text -> squeezed(text).contains(wanted)).count();
    }

    private static boolean relevant(JsonNode hit, Judgement j) {
        if (j.kind().equals("symbol")) {
            return j.relevant().equals(hit.get("symbol").asString());
        }
        return squeezed(hit.get("text").asString()).contains(squeezed(j.relevant()));
    }

    private static List<JsonNode> items(String body) {
        JsonNode page = JSON.readTree(body).get("items");
        if (page == null) {
            throw new IllegalStateException("the search answered " + body);
        }
        List<JsonNode> items = new ArrayList<>();
        page.forEach(items::add);
        return items;
    }

    static String squeezed(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** MRR and mean recall@10 overall and per query language. */
    static Map<String, double[]> summary(List<Outcome> outcomes) {
        Map<String, double[]> byLanguage = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (String key : List.of("all", o.judgement().language())) {
                double[] s = byLanguage.computeIfAbsent(key, k -> new double[3]);
                s[0] += o.reciprocalRank();
                s[1] += o.recall();
                s[2]++;
            }
        }
        byLanguage.values().forEach(s -> {
            s[0] /= s[2];
            s[1] /= s[2];
        });
        return byLanguage;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Relevance.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
