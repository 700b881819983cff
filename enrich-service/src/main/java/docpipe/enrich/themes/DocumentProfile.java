package docpipe.enrich.themes;

import docpipe.events.Annotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme and SDG profile of a whole document: for each theme and goal, how many of its paragraphs
 * carry it and their mean score, most frequent first.
 */
public record DocumentProfile(List<ThemeShare> themes, List<SdgShare> sdgs) {

    public record ThemeShare(String id, int paragraphs, double meanScore) {
    }

    public record SdgShare(int goal, int paragraphs, double meanScore) {
    }

    public static DocumentProfile of(List<Annotations> paragraphs) {
        Map<String, double[]> themes = new LinkedHashMap<>();
        Map<Integer, double[]> sdgs = new LinkedHashMap<>();
        for (Annotations a : paragraphs) {
            a.themes().forEach(t -> accumulate(themes.computeIfAbsent(t.id(), k -> new double[2]), t.score()));
            a.sdgs().forEach(s -> accumulate(sdgs.computeIfAbsent(s.goal(), k -> new double[2]), s.score()));
        }
        var themeShares = new ArrayList<ThemeShare>();
        themes.forEach((id, acc) -> themeShares.add(new ThemeShare(id, (int) acc[0], round(acc[1] / acc[0]))));
        var sdgShares = new ArrayList<SdgShare>();
        sdgs.forEach((goal, acc) -> sdgShares.add(new SdgShare(goal, (int) acc[0], round(acc[1] / acc[0]))));
        themeShares.sort(Comparator.comparingInt(ThemeShare::paragraphs).reversed().thenComparing(ThemeShare::id));
        sdgShares.sort(Comparator.comparingInt(SdgShare::paragraphs).reversed().thenComparingInt(SdgShare::goal));
        return new DocumentProfile(List.copyOf(themeShares), List.copyOf(sdgShares));
    }

    private static void accumulate(double[] acc, double score) {
        acc[0]++;
        acc[1] += score;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
