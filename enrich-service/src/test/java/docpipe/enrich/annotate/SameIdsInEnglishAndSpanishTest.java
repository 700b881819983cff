package docpipe.enrich.annotate;

import docpipe.events.Annotations.EntityMention;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and Spanish versions of one resolution (48/246) yield exactly the same entity ids. */
class SameIdsInEnglishAndSpanishTest {

    private final Annotator annotator = Annotator.fromClasspath();

    @Test
    void translationsOfOneDocumentGiveTheSameIds() {
        var english = ids("A-RES-48-246.en.txt", "en");
        var spanish = ids("A-RES-48-246.es.txt", "es");

        System.out.printf("same ids in en and es: %d ids%n", english.size());
        assertThat(english).contains("country:HTI", "org:UNSC", "doc:S/RES/862(1993)", "instrument:un-charter");
        assertThat(spanish).isEqualTo(english);
    }

    private Set<String> ids(String file, String language) {
        return CorpusParagraphs.paragraphs(file).stream()
                .flatMap(p -> annotator.annotate(p.text(), language).entities().stream())
                .map(EntityMention::id)
                .filter(id -> !id.startsWith("date:") && !id.startsWith("percent:"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
