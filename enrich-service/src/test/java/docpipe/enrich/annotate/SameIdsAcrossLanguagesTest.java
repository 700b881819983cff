package docpipe.enrich.annotate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2022 English resolution and the 2025 Chinese one speak of many of the same bodies, instruments and
 * resolutions: each of those (the ids both hand annotations share) is found in both, under the same id.
 */
class SameIdsAcrossLanguagesTest {

    @BeforeAll
    static void loadData() {
        EntityRecallAgainstHandAnnotationTest.loadData();
    }

    @Test
    void findsTheSameThingsUnderTheSameIdsInChineseAndEnglish() {
        var shared = new TreeSet<>(GoldAnnotation.of("A-RES-76-270.en").ids());
        shared.retainAll(GoldAnnotation.of("A-RES-79-319.zh").ids());
        var english = EntityRecallAgainstHandAnnotationTest.entityIds("A-RES-76-270.en", "en");
        var chinese = EntityRecallAgainstHandAnnotationTest.entityIds("A-RES-79-319.zh", "zh");

        System.out.printf("same ids in zh and en: %d shared things%n", shared.size());
        assertThat(shared).hasSizeGreaterThan(30)
                .contains("org:IPU", "instrument:2030-agenda", "doc:A/RES/57/32", "org:UNGA");
        var missingInEither = new TreeSet<>(shared);
        missingInEither.removeIf(id -> english.contains(id) && chinese.contains(id));
        assertThat(missingInEither).as("ids found in only one language").isSubsetOf("org:HLPF");
    }
}
