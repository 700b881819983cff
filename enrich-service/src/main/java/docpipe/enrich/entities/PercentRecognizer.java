package docpipe.enrich.entities;

import docpipe.enrich.text.NormalizedText;
import docpipe.enrich.text.RequiredWords;
import docpipe.events.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds percentages ({@code 30.4%}, {@code 17 per cent}, {@code 40 pour cent}, not yet the Chinese words {@code 百分之三十}). */
final class PercentRecognizer {

    private static final RequiredWords SIGNS = RequiredWords.parse("%|cent|ciento|процент");
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)(?:\\s*[%％]|\\s+(?:per cent|percent|pour cent|por ciento|процент(?:а|ов)?)(?!\\p{L}))");

    List<Candidate> find(NormalizedText normalized) {
        var found = new ArrayList<Candidate>();
        if (!SIGNS.foundIn(normalized)) {
            return found;
        }
        Matcher m = PERCENT.matcher(normalized.original());
        while (m.find()) {
            String value = m.group(1).replace(',', '.');
            found.add(new Candidate(m.start(), m.end(), "percent:" + value, EntityType.PERCENT, value + "%", null));
        }
        return found;
    }
}
