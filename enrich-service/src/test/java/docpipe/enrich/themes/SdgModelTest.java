package docpipe.enrich.themes;

import docpipe.enrich.annotate.Annotator;
import docpipe.enrich.text.TextNormalizer;
import docpipe.events.Annotations.SdgTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SdgModelTest {

    private static SdgModel model;
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        model = SdgModel.fromClasspath();
        annotator = Annotator.fromClasspath();
    }

    @Test
    void hasAVersionThatNamesTheModel() {
        assertThat(model.version()).matches("sdg-model-[0-9a-f]{12}");
        assertThat(annotator.sdgModelVersion()).isEqualTo(model.version());
    }

    @Test
    void hasAPartForEveryUnLanguage() {
        assertThat(model.languages()).containsExactlyInAnyOrder("zh", "en", "fr", "es", "ru", "ar");
    }

    @Test
    void aGoalNamedOutrightIsTaggedWhateverTheModelSays() {
        var tags = annotator.annotate("We are going to tackle the Sustainable Development Goal 7.", "en").sdgs();

        assertThat(tags).extracting(SdgTag::goal).contains(7);
        assertThat(tags.stream().filter(t -> t.goal() == 7).findFirst().orElseThrow().evidence())
                .anyMatch(e -> e.startsWith("goal named: "));
    }

    @Test
    void theMeansOfImplementationAreGoal17WithoutTheWordPartnership() {
        var tags = annotator.annotate("Urges developed countries to scale up financial resources, technology transfer "
                + "and capacity-building support to developing countries, in particular the least developed countries.",
                "en").sdgs();

        assertThat(tags).extracting(SdgTag::goal).contains(17);
    }

    @Test
    void evidenceIsTermsOfTheTextThatWeighedForTheGoal() {
        String text = "Calls upon States to eradicate poverty in all its forms, including extreme poverty, "
                + "and to extend social protection systems to the poorest.";
        var poverty = annotator.annotate(text, "en").sdgs().stream().filter(t -> t.goal() == 1).findFirst().orElseThrow();

        assertThat(poverty.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(SdgModel.EVIDENCE_TERMS);
        assertThat(poverty.evidence()).allSatisfy(term -> assertThat(TextNormalizer.fold(text)).contains(term.split(" ")[0]));
        assertThat(poverty.score()).isBetween(0.0, 1.0);
    }

    @Test
    void aProceduralParagraphHasNoGoal() {
        assertThat(annotator.annotate("Decides to include in the provisional agenda of its seventy-third session the item "
                + "entitled \"Report of the Credentials Committee\".", "en").sdgs()).isEmpty();
    }

    /** Sentences written for this test, not taken from the official texts the other languages are trained on. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zh | 各国应确保人人都能获得安全饮用水和环境卫生设施。",
            "fr | Les États doivent garantir l'accès de tous à l'eau potable et à l'assainissement.",
            "es | Los Estados deben garantizar el acceso de todos al agua potable y al saneamiento.",
            "ru | Государства должны обеспечить всеобщий доступ к безопасной питьевой воде и санитарии.",
            "ar | يجب على الدول ضمان حصول الجميع على مياه الشرب المأمونة وخدمات الصرف الصحي.",
            "en | States must ensure access for all to safe drinking water and sanitation."})
    void drinkingWaterIsGoal6InEveryLanguage(String language, String text) {
        double[] p = model.probabilities(TextNormalizer.fold(text), language);
        int best = 0;
        for (int g = 1; g < p.length; g++) {
            best = p[g] > p[best] ? g : best;
        }
        assertThat(best + 1).isEqualTo(6);
    }
}
