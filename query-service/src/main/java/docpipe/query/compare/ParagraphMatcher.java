package docpipe.query.compare;

import docpipe.query.compare.Comparison.Change;
import docpipe.query.compare.Comparison.Closest;
import docpipe.query.compare.Comparison.Kind;
import docpipe.query.compare.Comparison.Side;
import docpipe.query.compare.Comparison.Summary;
import docpipe.query.text.Token;
import docpipe.query.text.Tokenizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the paragraphs of two documents: within the same role (preambular, operative) or, without one,
 * the same kind, the most similar pairs first, each paragraph at most once, and only pairs at least
 * {@code threshold} similar. Similarity is the Dice coefficient of two bags of features: in the same
 * language the search terms of the texts (words folded and de-pluralised without stop words, CJK
 * bigrams), so it measures shared wording; across languages the entity ids and the numbers written in
 * the texts, the only features two translations share.
 */
public final class ParagraphMatcher {

    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[./]\\d+)*");

    private final Tokenizer tokenizer;

    public ParagraphMatcher(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** What changed from {@code other} (in {@code otherLanguage}) to {@code document} (in {@code language}). */
    public Comparison compare(List<Passage> document, String language, List<Passage> other, String otherLanguage,
                              double threshold) {
        boolean sameLanguage = language == null || otherLanguage == null || language.equalsIgnoreCase(otherLanguage);
        Map<String, Integer> dictionary = new HashMap<>();
        List<Bag> features = document.stream().map(p -> Bag.of(features(p, sameLanguage), dictionary)).toList();
        List<Bag> otherFeatures = other.stream().map(p -> Bag.of(features(p, sameLanguage), dictionary)).toList();
        List<String> folded = document.stream().map(p -> fold(p.text())).toList();
        List<String> otherFolded = other.stream().map(p -> fold(p.text())).toList();

        Map<Integer, Integer> pairs = new HashMap<>();
        Best closest = new Best(document.size());
        Best otherClosest = new Best(other.size());
        Map<Integer, Double> pairSimilarity = new HashMap<>();
        Set<String> groups = new LinkedHashSet<>();
        document.forEach(p -> groups.add(p.group()));
        other.forEach(p -> groups.add(p.group()));
        for (String group : groups) {
            List<Integer> mine = positions(document, group);
            List<Integer> theirs = positions(other, group);
            List<Candidate> candidates = new ArrayList<>();
            for (int a = 0; a < mine.size(); a++) {
                int i = mine.get(a);
                for (int b = 0; b < theirs.size(); b++) {
                    int j = theirs.get(b);
                    boolean identical = sameLanguage && folded.get(i).equals(otherFolded.get(j));
                    double similarity = features.get(i).dice(otherFeatures.get(j));
                    if (similarity > 0) {
                        closest.offer(i, j, similarity);
                        otherClosest.offer(j, i, similarity);
                    }
                    if (identical || (similarity > 0 && similarity >= threshold)) {
                        double drift = Math.abs(rank(a, mine.size()) - rank(b, theirs.size()));
                        candidates.add(new Candidate(i, j, identical ? 1.0 : similarity, identical, drift));
                    }
                }
            }
            candidates.sort(Comparator.comparing(Candidate::identical).reversed()
                    .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
                    .thenComparingDouble(Candidate::drift)
                    .thenComparingInt(Candidate::mine).thenComparingInt(Candidate::theirs));
            Set<Integer> taken = new HashSet<>();
            for (Candidate c : candidates) {
                if (pairs.containsKey(c.mine()) || taken.contains(c.theirs())) {
                    continue;
                }
                pairs.put(c.mine(), c.theirs());
                pairSimilarity.put(c.mine(), c.similarity());
                taken.add(c.theirs());
            }
        }

        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            Passage p = document.get(i);
            Integer j = pairs.get(i);
            if (j == null) {
                lines.add(new Line(-1, new Change(Kind.ADDED, p.role(), p.kind(), null, Side.of(p), null,
                        closest.of(i, other), null, null)));
                continue;
            }
            Passage o = other.get(j);
            double similarity = round(pairSimilarity.get(i));
            Kind kind = !sameLanguage ? Kind.MATCHED
                    : folded.get(i).equals(otherFolded.get(j)) ? Kind.UNCHANGED : Kind.CHANGED;
            List<String> added = kind == Kind.CHANGED ? difference(p.text(), o.text()) : null;
            List<String> removed = kind == Kind.CHANGED ? difference(o.text(), p.text()) : null;
            lines.add(new Line(j, new Change(kind, p.role(), p.kind(), similarity, Side.of(p), Side.of(o), null,
                    added, removed)));
        }
        Set<Integer> matched = Set.copyOf(pairs.values());
        for (int j = 0; j < other.size(); j++) {
            if (matched.contains(j)) {
                continue;
            }
            Passage o = other.get(j);
            Change removed = new Change(Kind.REMOVED, o.role(), o.kind(), null, null, Side.of(o),
                    otherClosest.of(j, document), null, null);
            lines.add(insertionPoint(lines, j), new Line(j, removed));
        }
        List<Change> changes = lines.stream().map(Line::change).toList();
        return new Comparison(sameLanguage ? "TEXT" : "ENTITIES_AND_NUMBERS", threshold, summary(changes), changes);
    }

    /** The bag of features similarity is measured on. */
    Map<String, Integer> features(Passage p, boolean sameLanguage) {
        Map<String, Integer> bag = new HashMap<>();
        if (sameLanguage) {
            for (Token token : tokenizer.tokens(p.text())) {
                bag.merge(token.term(), 1, Integer::sum);
            }
            return bag;
        }
        p.entityIds().forEach(id -> bag.put("entity " + id, 1));
        Matcher numbers = NUMBER.matcher(Normalizer.normalize(p.text() == null ? "" : p.text(), Normalizer.Form.NFKC));
        while (numbers.find()) {
            bag.merge("number " + numbers.group(), 1, Integer::sum);
        }
        return bag;
    }

    /** Where a removed paragraph reads best: after the last line that corresponds to an earlier paragraph of the other document. */
    private static int insertionPoint(List<Line> lines, int otherIndex) {
        int at = 0;
        for (int k = 0; k < lines.size(); k++) {
            int o = lines.get(k).otherIndex();
            if (o >= 0 && o < otherIndex) {
                at = k + 1;
            }
        }
        return at;
    }

    private List<String> difference(String text, String from) {
        Set<String> others = new LinkedHashSet<>(tokenizer.indexTerms(from));
        return tokenizer.indexTerms(text).stream().filter(t -> !others.contains(t)).toList();
    }

    private static List<Integer> positions(List<Passage> passages, String group) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (Objects.equals(passages.get(i).group(), group)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Relative position within the group, 0–1: breaks ties between equally similar pairs in favour of keeping order. */
    private static double rank(int position, int size) {
        return size < 2 ? 0 : (double) position / (size - 1);
    }

    /** Case, accents and every space ignored: text extracted from PDFs splits words at random ("resolution s"). */
    private static String fold(String text) {
        return text == null ? "" : Tokenizer.fold(text).replace(" ", "");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static Summary summary(List<Change> changes) {
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        changes.forEach(c -> counts.merge(c.change(), 1, Integer::sum));
        return new Summary(counts.getOrDefault(Kind.ADDED, 0), counts.getOrDefault(Kind.REMOVED, 0),
                counts.getOrDefault(Kind.CHANGED, 0), counts.getOrDefault(Kind.UNCHANGED, 0),
                counts.getOrDefault(Kind.MATCHED, 0));
    }

    /** A bag of features as sorted feature numbers and their counts, so that two bags intersect by one merge. */
    private record Bag(int[] ids, int[] counts, int size) {

        static Bag of(Map<String, Integer> features, Map<String, Integer> dictionary) {
            int[] ids = new int[features.size()];
            int k = 0;
            for (String feature : features.keySet()) {
                ids[k++] = dictionary.computeIfAbsent(feature, f -> dictionary.size());
            }
            Arrays.sort(ids);
            Map<Integer, String> names = new HashMap<>();
            features.keySet().forEach(f -> names.put(dictionary.get(f), f));
            int[] counts = new int[ids.length];
            int size = 0;
            for (int n = 0; n < ids.length; n++) {
                counts[n] = features.get(names.get(ids[n]));
                size += counts[n];
            }
            return new Bag(ids, counts, size);
        }

        /** Dice coefficient of the two bags: twice the shared count over the total count, 0–1. */
        double dice(Bag other) {
            if (size + other.size == 0) {
                return 0;
            }
            int shared = 0;
            int a = 0;
            int b = 0;
            while (a < ids.length && b < other.ids.length) {
                if (ids[a] == other.ids[b]) {
                    shared += Math.min(counts[a], other.counts[b]);
                    a++;
                    b++;
                } else if (ids[a] < other.ids[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return 2.0 * shared / (size + other.size);
        }
    }

    private record Candidate(int mine, int theirs, double similarity, boolean identical, double drift) {
    }

    /** For each paragraph of one side, the most similar paragraph of the other side so far. */
    private static final class Best {

        private final int[] index;
        private final double[] similarity;

        Best(int size) {
            index = new int[size];
            similarity = new double[size];
            Arrays.fill(index, -1);
        }

        void offer(int paragraph, int candidate, double value) {
            if (value > similarity[paragraph]) {
                similarity[paragraph] = value;
                index[paragraph] = candidate;
            }
        }

        Closest of(int paragraph, List<Passage> candidates) {
            if (index[paragraph] < 0) {
                return null;
            }
            Passage p = candidates.get(index[paragraph]);
            return new Closest(p.index(), p.number(), p.text(), round(similarity[paragraph]));
        }
    }

    private record Line(int otherIndex, Change change) {
    }
}
