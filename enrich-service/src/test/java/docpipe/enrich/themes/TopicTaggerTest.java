package docpipe.enrich.themes;

import docpipe.enrich.annotate.Annotator;
import docpipe.events.Annotations;
import docpipe.events.Annotations.SdgTag;
import docpipe.events.Annotations.ThemeTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTaggerTest {

    private static Annotator annotator;

    @BeforeAll
    static void loadData() {
        annotator = Annotator.fromClasspath();
    }

    private static Annotations tag(String text) {
        return annotator.annotate(text, null);
    }

    @Test
    void definesEveryThemeOfTheContract() {
        assertThat(Taxonomy.fromClasspath().themeIds()).contains("sustainable-development", "health",
                "democracy-human-rights", "gender-equality", "youth", "peace-security", "counter-terrorism",
                "climate-environment", "digital-technology", "migration-refugees", "disarmament",
                "parliamentary-cooperation");
    }

    @Test
    void tagsChineseAndEnglishTextWithTheSameThemes() {
        var zh = tag("妇女署支持各国议会推动性别平等和增强妇女权能的立法改革。");
        var en = tag("UN-Women supports national parliaments in legislative reform for gender equality and the empowerment of women.");

        assertThat(zh.themes()).extracting(ThemeTag::id).contains("gender-equality", "parliamentary-cooperation");
        assertThat(en.themes()).extracting(ThemeTag::id).contains("gender-equality", "parliamentary-cooperation");
        assertThat(zh.sdgs()).extracting(SdgTag::goal).contains(5);
        assertThat(en.sdgs()).extracting(SdgTag::goal).contains(5);
    }

    @Test
    void givesTheEvidenceThatFired() {
        var health = tag("世卫组织和议联推出了一门卫生安全防范在线课程。").themes().stream()
                .filter(t -> t.id().equals("health")).findFirst().orElseThrow();

        assertThat(health.evidence()).contains("@org:WHO", "卫生");
        assertThat(health.score()).isBetween(TopicTagger.MIN_SCORE, 1.0);
    }

    @Test
    void tagsAGoalNamedOutright() {
        assertThat(tag("可持续发展目标 5(实现性别平等，增强所有妇女和女童的权能)的所有指标均未实现。").sdgs())
                .extracting(SdgTag::goal).contains(5);
        assertThat(tag("We are going to tackle the seventh Sustainable Development Goal.").sdgs())
                .extracting(SdgTag::goal).containsExactly(7);
        assertThat(tag("in line with target 16.7").sdgs()).extracting(SdgTag::goal).containsExactly(16);
    }

    @Test
    void tagsNothingInATextWithoutSubject() {
        var tags = tag("会议于上午十点开始。");

        assertThat(tags.themes()).isEmpty();
        assertThat(tags.sdgs()).isEmpty();
    }

    @Test
    void anEnablingEnvironmentIsNotAboutClimate() {
        assertThat(tag("议会有责任在立法层面为实现目标创造有利环境。").themes()).extracting(ThemeTag::id)
                .doesNotContain("climate-environment");
        assertThat(tag("Parliaments create an enabling environment for reform.").themes()).extracting(ThemeTag::id)
                .doesNotContain("climate-environment");
    }

    @Test
    void oneWeakTermIsNotEnough() {
        assertThat(tag("the conflict between two schedules").themes()).extracting(ThemeTag::id).doesNotContain("peace-security");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "L'Union interparlementaire promeut l'égalité des sexes et l'autonomisation des femmes. | gender-equality",
            "La Unión Interparlamentaria apoya la lucha contra el terrorismo y el extremismo violento. | counter-terrorism",
            "Межпарламентский союз содействует разоружению и нераспространению. | disarmament",
            "يعمل الاتحاد البرلماني الدولي على مكافحة تغير المناخ وحماية البيئة. | climate-environment"})
    void tagsThemesInTheOtherUnLanguages(String text, String theme) {
        assertThat(tag(text).themes()).extracting(ThemeTag::id).contains(theme, "parliamentary-cooperation");
    }
}
