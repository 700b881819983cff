package docpipe.enrich.entities;

import docpipe.enrich.text.NormalizedText;
import docpipe.events.EntityType;
import docpipe.untext.UnDates;

import java.util.List;

/**
 * The dates of a text as DATE entities, read by un-text in the six languages ({@code 2025年7月25日},
 * {@code 25 July 2025}, {@code le 25 juillet 2025}, {@code 25 июля 2025 года}, {@code July 2025},
 * {@code 2024 年}), each with an ISO 8601 id at the precision written: {@code date:2025-07-25},
 * {@code date:2025-07}, {@code date:2024}.
 */
final class DateRecognizer {

    List<Candidate> find(NormalizedText normalized) {
        return UnDates.find(normalized.original()).stream()
                .map(d -> new Candidate(d.start(), d.end(), "date:" + d.iso(), EntityType.DATE, d.iso(), null))
                .toList();
    }
}
