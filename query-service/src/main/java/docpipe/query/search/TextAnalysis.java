package docpipe.query.search;

import docpipe.untext.UnLanguages;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How paragraphs and queries are read for search: Lucene's own analyzer for each UN language (stemming, elision,
 * accent and letter-form folding), CJK bigrams for Chinese, and a folded, unstemmed analyzer for anything else.
 * A paragraph goes into the text field of its language, chosen by its script and the document's language; a
 * query is read by the analyzer of each field it searches, so index and query always agree.
 */
final class TextAnalysis {

    /** The text fields, one per analysis; a paragraph has exactly one of them. */
    enum TextField {
        EN("text.en", "en"), FR("text.fr", "fr"), ES("text.es", "es"), RU("text.ru", "ru"), AR("text.ar", "ar"),
        ZH("text.zh", "zh"), OTHER("text.other", null);

        final String field;
        final String language;

        TextField(String field, String language) {
            this.field = field;
            this.language = language;
        }

        static TextField forLanguage(String language) {
            for (TextField f : values()) {
                if (f.language != null && f.language.equals(language)) {
                    return f;
                }
            }
            return OTHER;
        }
    }

    private static final Analyzer FOLDED = new FoldedAnalyzer();
    private static final Analyzer QUERY = new PerFieldAnalyzerWrapper(FOLDED, analyzers(new CJKAnalyzer()));
    private static final Analyzer INDEX = new PerFieldAnalyzerWrapper(FOLDED, analyzers(new ChineseIndexAnalyzer()));

    private TextAnalysis() {
    }

    /**
     * The analyzer a paragraph is indexed with, by field. It is the query's, except that Chinese text is indexed
     * as single characters as well as bigrams, so a one-character query finds a character inside longer words.
     */
    static Analyzer indexAnalyzer() {
        return INDEX;
    }

    /** The analyzer a query is read with, by field: Chinese as bigrams, and a lone character as itself. */
    static Analyzer queryAnalyzer() {
        return QUERY;
    }

    private static Map<String, Analyzer> analyzers(Analyzer chinese) {
        Map<String, Analyzer> byField = new LinkedHashMap<>();
        byField.put(TextField.EN.field, new EnglishAnalyzer());
        byField.put(TextField.FR.field, new FrenchAnalyzer());
        byField.put(TextField.ES.field, new SpanishAnalyzer());
        byField.put(TextField.RU.field, new RussianAnalyzer());
        byField.put(TextField.AR.field, new ArabicAnalyzer());
        byField.put(TextField.ZH.field, chinese);
        byField.put(TextField.OTHER.field, FOLDED);
        return byField;
    }

    /**
     * The field a paragraph is indexed in: the paragraph's language as {@link UnLanguages#confirm} reads it, that is the
     * document's language unless the paragraph's script contradicts it (a Chinese document quotes an English paragraph,
     * an English letter carries an Arabic annex); {@link TextField#OTHER} when that tells no UN language.
     */
    static TextField fieldFor(String text, String documentLanguage) {
        String declared = documentLanguage == null ? null : documentLanguage.toLowerCase(Locale.ROOT);
        return UnLanguages.confirm(declared, text).map(TextField::forLanguage).orElse(TextField.OTHER);
    }

    /**
     * The fields a query searches: those of the requested languages; else the field of the language the query's script
     * tells (Chinese, Cyrillic, Arabic: paragraphs in those scripts are indexed there whatever their document's
     * language), and every field for Latin script, since Latin names, acronyms and symbols occur in paragraphs of every
     * language and a short query has no function words to tell English from French or Spanish.
     */
    static List<TextField> fieldsFor(List<String> languages, String query) {
        if (languages != null && !languages.isEmpty()) {
            return languages.stream().map(l -> TextField.forLanguage(l.toLowerCase(Locale.ROOT))).distinct().toList();
        }
        return UnLanguages.byScript(query).map(l -> List.of(TextField.forLanguage(l)))
                .orElseGet(() -> List.of(TextField.values()));
    }

    /** {@link CJKAnalyzer}'s chain, with the single characters kept beside the bigrams. */
    private static final class ChineseIndexAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new CJKWidthFilter(source);
            result = new LowerCaseFilter(result);
            result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            return new TokenStreamComponents(source, new StopFilter(result, CJKAnalyzer.getDefaultStopSet()));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new CJKWidthFilter(in));
        }
    }

    /** Words as Unicode segments them, lower-cased and folded to ASCII where a letter has a plain form; no stemming. */
    private static final class FoldedAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
