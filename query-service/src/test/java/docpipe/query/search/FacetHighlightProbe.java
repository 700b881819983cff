package docpipe.query.search;

import docpipe.events.Annotations;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.ParsedDocument;
import docpipe.query.web.FilterParameters;
import docpipe.query.web.ParagraphFilter;
import docpipe.query.web.QueryParameters;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;

/** Temporary A/B probe (issue 16): hand-written facets vs lucene-facet, analysis vs postings-offset highlighting. */
public final class FacetHighlightProbe {

    private static final String[] SOURCES = {"A-79-837.zh.txt", "A-RES-79-319.zh.txt", "A-RES-76-270.en.txt",
            "A-RES-74-304.en.txt"};
    static final String[][] SHAPES = {
            {"q=parliament", "parliament", ""},
            {"q=妇女", "妇女", ""},
            {"q=妇女 theme+entity filters", "妇女", "theme=gender-equality&entity=org:UNDP"},
            {"q=parliament type+language filters", "parliament", "type=RESOLUTION&language=en"},
            {"q=sustainable development symbol filter", "sustainable development", "symbol=A/RES/73/6"},
            {"q=women in parliament", "women in parliament", ""},
            {"filters only theme", "", "theme=gender-equality"},
    };

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<List<String>> bases = new ArrayList<>();
        for (String s : SOURCES) {
            bases.add(paragraphs(read("/corpus/" + s)));
        }
        List<String[]> rules = rules();
        Map<String, String[]> texts = new HashMap<>();
        SearchIndex index = SearchIndex.inMemory();
        int paragraphs = 0;
        List<DocumentEnriched> batch = new ArrayList<>();
        for (int replica = 0; paragraphs < target; replica++) {
            DocumentEnriched e = vary(SOURCES[replica % 4], bases.get(replica % 4), replica, rules);
            for (EnrichedParagraph p : e.paragraphs()) {
                texts.put(e.documentId().value() + ":" + p.paragraph().index(), new String[] {p.paragraph().text(), e.metadata().language()});
            }
            paragraphs += e.paragraphs().size();
            batch.add(e);
            if (batch.size() == 500) {
                index.index(batch);
                batch.clear();
            }
        }
        index.index(batch);
        System.out.println("indexed " + paragraphs + " paragraphs, " + index.documents() + " documents");
        Highlights highlights = new Highlights();
        System.out.println("| shape | hits | n | search no facets p50/p99 | hand facets p50/p99 | lucene-facet p50/p99 | lucene/hand p50 | facets equal | highlight by analysis p50/p99 | by postings offsets p50/p99 | offsets/analysis p50 | same snippets | own field only, by analysis p50/p99 | own field only, offsets p50/p99 | own field by analysis / now p50 | same as now |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String[] shape : SHAPES) {
            IndexQuery q = IndexQuery.of(shape[1], filter(shape[2]));
            long[] plain = new long[iterations], hand = new long[iterations], lucene = new long[iterations],
                    h0 = new long[iterations], h1 = new long[iterations], h2 = new long[iterations], h3 = new long[iterations];
            int same2 = 0;
            boolean equal = true;
            int same = 0, compared = 0;
            long total = 0;
            for (int i = -5; i < iterations; i++) {
                boolean luceneFirst = (i & 1) == 0;
                long t0 = System.nanoTime();
                SearchIndex.Found found = index.search(q.lucene(), q.sort(), 0, 20, 0);
                long t1 = System.nanoTime();
                SearchIndex.LUCENE_FACETS = luceneFirst;
                SearchIndex.Found a = index.search(q.lucene(), q.sort(), 0, 20, 20);
                long t2 = System.nanoTime();
                SearchIndex.LUCENE_FACETS = !luceneFirst;
                SearchIndex.Found b = index.search(q.lucene(), q.sort(), 0, 20, 20);
                long t3 = System.nanoTime();
                equal &= a.facets().equals(b.facets());
                total = found.total();
                long ha, hb;
                List<String> s0, s1;
                if (luceneFirst) {
                    long u0 = System.nanoTime();
                    s0 = byAnalysis(highlights, found.hits(), texts, q);
                    long u1 = System.nanoTime();
                    s1 = byOffsets(index, found.hits(), texts, q, false);
                    long u2 = System.nanoTime();
                    ha = u1 - u0; hb = u2 - u1;
                } else {
                    long u0 = System.nanoTime();
                    s1 = byOffsets(index, found.hits(), texts, q, false);
                    long u1 = System.nanoTime();
                    s0 = byAnalysis(highlights, found.hits(), texts, q);
                    long u2 = System.nanoTime();
                    hb = u1 - u0; ha = u2 - u1;
                }
                long v0 = System.nanoTime();
                List<String> s2 = byAnalysisInField(highlights, found.hits(), texts, q);
                long v1 = System.nanoTime();
                List<String> s3 = byOffsets(index, found.hits(), texts, q, true);
                long v2 = System.nanoTime();
                if (i < 0) {
                    continue;
                }
                h2[i] = v1 - v0;
                h3[i] = v2 - v1;
                for (int k = 0; k < s0.size(); k++) {
                    if (Objects.equals(s0.get(k), s2.get(k))) {
                        same2++;
                    } else if (i == 0 && k < 2) {
                        System.out.println("  stripped differs: " + s0.get(k) + "\n       vs: " + s2.get(k));
                    }
                }
                for (int k = 0; k < s0.size(); k++) {
                    compared++;
                    if (Objects.equals(s0.get(k), s1.get(k))) {
                        same++;
                    } else if (i == 0 && k < 2) {
                        System.out.println("  differs: " + s0.get(k) + "\n       vs: " + s1.get(k));
                    }
                }
                plain[i] = t1 - t0;
                hand[i] = luceneFirst ? t3 - t2 : t2 - t1;
                lucene[i] = luceneFirst ? t2 - t1 : t3 - t2;
                h0[i] = ha;
                h1[i] = hb;
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %.2f | %s | %s | %s | %.2f | %d/%d | %s | %s | %.2f | %d/%d |%n", shape[0], total,
                    iterations, pp(plain), pp(hand), pp(lucene), p(lucene, .5) / p(hand, .5), equal, pp(h0), pp(h1),
                    p(h1, .5) / p(h0, .5), same, compared, pp(h2), pp(h3), p(h2, .5) / p(h0, .5), same2, compared);
        }
        index.close();
    }

    /** The query without the SHOULD phrase that boosts exact sequences (it finds nothing the terms do not). */
    static org.apache.lucene.search.Query strip(org.apache.lucene.search.Query q) {
        if (q == null) {
            return null;
        }
        if (q instanceof org.apache.lucene.search.DisjunctionMaxQuery d) {
            return new org.apache.lucene.search.DisjunctionMaxQuery(d.getDisjuncts().stream().map(FacetHighlightProbe::strip).toList(), d.getTieBreakerMultiplier());
        }
        if (q instanceof org.apache.lucene.search.BoostQuery b) {
            return new org.apache.lucene.search.BoostQuery(strip(b.getQuery()), b.getBoost());
        }
        if (q instanceof org.apache.lucene.search.BooleanQuery bq && bq.clauses().size() == 2
                && bq.clauses().get(1).getOccur() == org.apache.lucene.search.BooleanClause.Occur.SHOULD
                && bq.clauses().get(0).getOccur() == org.apache.lucene.search.BooleanClause.Occur.MUST) {
            return bq.clauses().get(0).getQuery();
        }
        return q;
    }

    static final UnifiedHighlighter WHOLE = UnifiedHighlighter.builderWithoutSearcher(TextAnalysis.indexAnalyzer())
            .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), Highlights.WINDOW, 0.5f))
            .withMaxNoHighlightPassages(1)
            .build();

    /** As before this change: the whole text query (every field) for every hit. */
    static List<String> byAnalysis(Highlights h, List<SearchIndex.Ranked> hits, Map<String, String[]> texts, IndexQuery q) throws Exception {
        List<String> out = new ArrayList<>();
        org.apache.lucene.search.Query whole = whole(q);
        for (SearchIndex.Ranked r : hits) {
            String[] t = texts.get(r.documentId() + ":" + r.index());
            if (whole == null) {
                out.add(h.snippet(t[0], t[1], q));
                continue;
            }
            Object o = WHOLE.highlightWithoutSearcher(TextAnalysis.fieldFor(t[0], t[1]).field, whole, t[0], 1);
            out.add(o == null ? h.snippet(t[0], t[1], q) : o.toString().strip());
        }
        return out;
    }

    static org.apache.lucene.search.Query whole(IndexQuery q) {
        if (q.byField().isEmpty()) {
            return null;
        }
        return new org.apache.lucene.search.DisjunctionMaxQuery(q.byField().values(), 0f);
    }

    static List<String> byAnalysisInField(Highlights h, List<SearchIndex.Ranked> hits, Map<String, String[]> texts, IndexQuery q) {
        List<String> out = new ArrayList<>();
        for (SearchIndex.Ranked r : hits) {
            String[] t = texts.get(r.documentId() + ":" + r.index());
            out.add(h.snippet(t[0], t[1], q));
        }
        return out;
    }

    static List<String> byOffsets(SearchIndex index, List<SearchIndex.Ranked> hits, Map<String, String[]> texts, IndexQuery q, boolean inField) throws Exception {
        if (whole(q) == null) {
            return byAnalysisInField(new Highlights(), hits, texts, q);
        }
        IndexSearcher searcher = index.acquireForProbe();
        try {
            Map<Integer, String> textOf = new HashMap<>();
            Map<Integer, String> fieldOf = new HashMap<>();
            Set<String> fields = new LinkedHashSet<>();
            int[] docs = new int[hits.size()];
            for (int i = 0; i < hits.size(); i++) {
                SearchIndex.Ranked r = hits.get(i);
                String[] t = texts.get(r.documentId() + ":" + r.index());
                docs[i] = r.doc();
                textOf.put(r.doc(), t[0]);
                String f = TextAnalysis.fieldFor(t[0], t[1]).field;
                fieldOf.put(r.doc(), f);
                fields.add(f);
            }
            UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, TextAnalysis.indexAnalyzer())
                    .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), Highlights.WINDOW, 0.5f))
                    .withMaxNoHighlightPassages(1);
            UnifiedHighlighter uh = new UnifiedHighlighter(b) {
                @Override
                protected List<CharSequence[]> loadFieldValues(String[] fs, DocIdSetIterator it, int threshold) throws java.io.IOException {
                    List<CharSequence[]> values = new ArrayList<>();
                    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                        CharSequence[] v = new CharSequence[fs.length];
                        for (int k = 0; k < fs.length; k++) {
                            v[k] = fs[k].equals(fieldOf.get(doc)) ? textOf.get(doc) : "";
                        }
                        values.add(v);
                    }
                    return values;
                }
            };
            String[] fa = fields.toArray(String[]::new);
            int[] max = new int[fa.length];
            Arrays.fill(max, 1);
            Map<String, String[]> result = new HashMap<>();
            if (inField) {
                for (String f : fa) {
                    org.apache.lucene.search.Query fq = q.textIn(f);
                    if (fq != null) {
                        result.putAll(uh.highlightFields(new String[] {f}, fq, docs, new int[] {1}));
                    }
                }
            } else {
                result = uh.highlightFields(fa, whole(q), docs, max);
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                String[] r = result.get(fieldOf.get(docs[i]));
                String s = r == null ? null : r[i];
                out.add(s == null ? null : s.strip());
            }
            return out;
        } finally {
            index.releaseForProbe(searcher);
        }
    }

    static String pp(long[] v) {
        return String.format(Locale.ROOT, "%.2f / %.2f", p(v, .5), p(v, .99));
    }

    static double p(long[] v, double q) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(q * s.length) - 1)] / 1e6;
    }

    static ParagraphFilter filter(String queryString) {
        Map<String, List<String>> values = new HashMap<>();
        for (String pair : queryString.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        Set<String> allowed = new HashSet<>(FilterParameters.COMMON);
        allowed.addAll(FilterParameters.PARAGRAPH_ONLY);
        return FilterParameters.paragraphs(QueryParameters.of(parameters, allowed));
    }

    static DocumentEnriched vary(String name, List<String> base, int replica, List<String[]> rules) throws Exception {
        boolean zh = name.contains(".zh.");
        boolean resolution = name.contains("RES");
        int session = 60 + replica % 20;
        String symbol = replica % 50 == 7 ? "A/RES/73/6" : resolution ? "A/RES/" + session + "/" + (100 + replica) : "A/" + session + "/" + (800 + replica);
        LocalDate date = LocalDate.of(2005 + replica % 21, 1 + replica % 12, 1 + replica % 28);
        List<EnrichedParagraph> out = new ArrayList<>();
        int skip = 3 + replica % 7;
        for (int i = 0; i < base.size(); i++) {
            if (i % skip == skip - 1) {
                continue;
            }
            String text = base.get(i).replace("2024", String.valueOf(date.getYear()));
            ParsedDocument.Paragraph p = new ParsedDocument.Paragraph(out.size(), null, "PARAGRAPH",
                    resolution ? "OPERATIVE" : null, List.of(), text, 1 + i / 8, List.of());
            out.add(new EnrichedParagraph(p, tag(text, rules)));
        }
        DocumentId id = DocumentId.fromSha256(MessageDigest.getInstance("SHA-256")
                .digest((name + replica).getBytes(StandardCharsets.UTF_8)));
        ParsedDocument.Metadata metadata = new ParsedDocument.Metadata(symbol, name, zh ? "zh" : "en",
                resolution ? "RESOLUTION" : "REPORT", date.toString(), String.valueOf(session), "126", List.of("126"), null);
        Instant at = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(replica);
        return new DocumentEnriched(id, name, at, at.plusSeconds(5), metadata, out, List.of(), "bench", "bench");
    }

    static Annotations tag(String text, List<String[]> rules) {
        List<Annotations.ThemeTag> themes = new ArrayList<>();
        List<Annotations.SdgTag> sdgs = new ArrayList<>();
        List<Annotations.EntityMention> entities = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] r : rules) {
            int at = lower.indexOf(r[0].toLowerCase(Locale.ROOT));
            if (at < 0) {
                continue;
            }
            switch (r[1]) {
                case "theme" -> {
                    if (themes.stream().noneMatch(t -> t.id().equals(r[2]))) {
                        themes.add(new Annotations.ThemeTag(r[2], 0.7, List.of(r[0])));
                    }
                }
                case "sdg" -> {
                    int goal = Integer.parseInt(r[2]);
                    if (sdgs.stream().noneMatch(s -> s.goal() == goal)) {
                        sdgs.add(new Annotations.SdgTag(goal, 0.6, List.of(r[0])));
                    }
                }
                default -> entities.add(new Annotations.EntityMention(r[2], r.length > 3 ? r[3] : null,
                        text.substring(at, at + r[0].length()), r.length > 4 ? r[4] : null, at, at + r[0].length()));
            }
        }
        return new Annotations(themes, sdgs, entities);
    }

    private static final java.util.regex.Pattern ITEM_START = java.util.regex.Pattern.compile(
            "^(\\d+\\.|[一二三四五六七八九十]+\\.|[A-Z]\\.|\\([a-z]\\)|#+)\\s*.*");

    /** As SearchBenchmark joins lines into paragraphs. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String previous = current.toString();
            boolean ended = previous.endsWith("。") || previous.endsWith("；") || previous.endsWith(";")
                    || previous.endsWith(".") || previous.endsWith("，") && line.length() < 60;
            if (current.length() > 0 && (ended || ITEM_START.matcher(line).matches())) {
                out.add(previous);
                current.setLength(0);
            }
            boolean cjk = !previous.isEmpty() && previous.codePointAt(previous.length() - 1) > 0x2E80;
            current.append(current.length() == 0 || cjk ? "" : " ").append(line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out.stream().filter(p -> p.length() >= 10).toList();
    }

    static List<String[]> rules() throws Exception {
        List<String[]> rules = new ArrayList<>();
        for (String line : read("/corpus/tags.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rules.add(line.split("\t"));
            }
        }
        return rules;
    }

    static String read(String resource) throws Exception {
        try (InputStream in = FacetHighlightProbe.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
