package docpipe.sdgmodel;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The labelled data of {@code shared/labels/sdg} (see its README): General Assembly paragraphs with their
 * goals, and the official goal, target and indicator texts in the six UN languages.
 */
final class SdgData {

    /** The six UN languages and the folder of their official texts. */
    static final Map<String, String> TEXT_FOLDERS = new TreeMap<>(Map.of(
            "en", "en", "zh", "zh-Hans", "fr", "fr", "es", "es", "ru", "ru", "ar", "ar"));

    /** A paragraph and the goals it was labelled with ({@code group}: the resolution it comes from). */
    record Paragraph(String text, Set<Integer> goals, String group) {
    }

    /** An official text: {@code kind} goal, target or indicator, {@code key} such as {@code 1.2} or {@code 1.2.1}. */
    record OfficialText(String kind, String key, int goal, String text) {
    }

    private final Path folder;

    SdgData(Path folder) {
        this.folder = folder;
    }

    /** Set C's training split: three annotators, {@code goals} = the majority, grouped by {@code file_id}. */
    List<Paragraph> setC() {
        var out = new ArrayList<Paragraph>();
        for (JsonNode item : json("unga-sdg-set-c-train.json")) {
            var goals = new TreeSet<Integer>();
            item.get("goals").forEach(g -> goals.add(g.asInt()));
            out.add(new Paragraph(item.get("paragraph").asString(), goals, item.get("file_id").asString()));
        }
        return out;
    }

    /** Set A: one annotator; every paragraph is its own group. */
    List<Paragraph> setA() {
        return singleAnnotator("unga-sdg-set-a.json");
    }

    /** The dev set: one annotator; every paragraph is its own group. */
    List<Paragraph> dev() {
        return singleAnnotator("unga-sdg-dev.json");
    }

    private List<Paragraph> singleAnnotator(String... files) {
        var out = new ArrayList<Paragraph>();
        for (String file : files) {
            int i = 0;
            for (JsonNode item : json(file)) {
                var goals = new TreeSet<Integer>();
                for (JsonNode label : item.get("annotation")) {
                    int goal = Integer.parseInt(label.get(0).asString().trim());
                    if (goal > 0) {
                        goals.add(goal);
                    }
                }
                out.add(new Paragraph(item.get("paragraph").asString(), goals, file + "#" + i++));
            }
        }
        return out;
    }

    /** The official texts of one language, goals, targets and indicators, in key order. */
    List<OfficialText> officialTexts(String language) {
        var out = new ArrayList<OfficialText>();
        for (String kind : List.of("goal", "target", "indicator")) {
            Map<String, Object> entries = yaml(language, "global_" + kind + "s.yml");
            for (var e : new TreeMap<>(entries).entrySet()) {
                if (!e.getKey().endsWith("-title") || e.getValue() == null) {
                    continue;
                }
                String key = e.getKey().substring(0, e.getKey().length() - "-title".length()).replace('-', '.');
                int goal = Integer.parseInt(key.split("\\.")[0]);
                out.add(new OfficialText(kind, key, goal, e.getValue().toString()));
            }
        }
        return out;
    }

    private JsonNode json(String file) {
        try {
            return JsonMapper.builder().build().readTree(folder.resolve(file).toFile());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + folder.resolve(file), e);
        }
    }

    private Map<String, Object> yaml(String language, String file) {
        Path path = folder.resolve("texts").resolve(TEXT_FOLDERS.get(language)).resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Map<String, Object> map = new Yaml().load(reader);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
