package docpipe.untext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as UN documents of the corpus print them (A/RES/79/319 zh, A/RES/74/304 en, A/RES/48/161 fr,
 * S/2023/664 es, the masthead of a Russian and an Arabic report) and as the copies this module replaces read them.
 */
class UnDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "又回顾其2002年11月19日第57/32号决议 | 2002-11-19",
            "Recalling also its resolution 57/32 of 19 November 2002, in which the | 2002-11-19",
            "Se félicitant de l’adoption de la résolution 48/8 du 22 octobre 1993, | 1993-10-22",
            "El 10 de septiembre de 2023, Etiopía anunció que había finalizado la cuarta fase | 2023-09-10",
            "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года | 2015-09-25",
            "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 | 2015-09-25",
            "Distr.: General 14 آب/أغسطس 2019 | 2019-08-14",
            "المؤرخ 3 كانون الثاني/يناير 2020 | 2020-01-03",
            "Adopted on July 25, 2025 | 2025-07-25",
            "Adopted on July 25 2025 | 2025-07-25",
            "le 1er juillet 2025 | 2025-07-01",
            "el 1º de julio del 2025 | 2025-07-01"})
    void readsTheFirstFullDateInEachLanguage(String text, LocalDate date) {
        assertThat(UnDates.first(text)).contains(date);
    }

    @Test
    void theFirstDateIsTheFirstWrittenWhateverItsLanguage() {
        assertThat(UnDates.first("du 27 au 29 octobre 1993, à Mexico le 16 janvier 1992")).contains(LocalDate.of(1993, 10, 29));
    }

    @Test
    void aMonthOrAYearAloneIsNoFullDate() {
        assertThat(UnDates.first("in June 2019")).isEmpty();
        assertThat(UnDates.first("2024 年 9 月")).isEmpty();
        assertThat(UnDates.first("the 2030 Agenda")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025年7月25日 | 2025-07-25 | 2025年7月25日",
            "2024 年 5 月 11 日和 12 日 | 2024-05-11 | 2024 年 5 月 11 日",
            "2024 年 9 月 | 2024-09 | 2024 年 9 月",
            "表示注意到2024年9月22日通过的《未来契约》 | 2024-09-22 | 2024年9月22日",
            "on 25 July 2025 | 2025-07-25 | 25 July 2025",
            "in June 2019 | 2019-06 | June 2019",
            "le 25 juillet 2025 | 2025-07-25 | 25 juillet 2025",
            "el 25 de julio de 2025 | 2025-07-25 | 25 de julio de 2025",
            "25 июля 2025 года | 2025-07-25 | 25 июля 2025 года",
            "в июле 2025 года | 2025-07 | июле 2025 года",
            "14 آب/أغسطس 2019 | 2019-08-14 | 14 آب/أغسطس 2019"})
    void findsDatesInRunningTextAtThePrecisionWritten(String text, String iso, String written) {
        var found = UnDates.find(text);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.iso()).isEqualTo(iso);
            assertThat(text.substring(d.start(), d.end())).isEqualTo(written);
        });
    }

    @Test
    void findsEveryDateOfAParagraphInOrder() {
        var found = UnDates.find("Recalling its resolution 57/32 of 19 November 2002 and its resolution 72/278 of 22 May 2018,");
        assertThat(found).extracting(WrittenDate::iso).containsExactly("2002-11-19", "2018-05-22");
    }

    @Test
    void mayInSpanishIsNotMayInEnglish() {
        assertThat(UnDates.find("el 5 de mayo de 2021")).extracting(WrittenDate::iso).containsExactly("2021-05-05");
    }

    @Test
    void aDayTheMonthDoesNotHaveIsNoDate() {
        assertThat(UnDates.first("31 June 2025")).isEmpty();
        assertThat(UnDates.first("2025年13月1日")).isEmpty();
    }

    @Test
    void findsNothingWithoutAYear() {
        assertThat(UnDates.find("on 25 July, the Council met")).isEmpty();
        assertThat(UnDates.find("")).isEmpty();
        assertThat(UnDates.find(null)).isEmpty();
    }

    @Test
    void tellsALineThatIsOnlyADate() {
        assertThat(UnDates.isDateLine("21 June 2022")).isTrue();
        assertThat(UnDates.isDateLine("14 августа 2019 года")).isTrue();
        assertThat(UnDates.isDateLine("2025年7月25日")).isTrue();
        assertThat(UnDates.isDateLine("13 de septiembre de 2023")).isTrue();
        assertThat(UnDates.isDateLine("Distr.: General 14 August 2019")).isFalse();
        assertThat(UnDates.isDateLine("June 2019")).isFalse();
    }
}
