package docpipe.enrich.entities;

import docpipe.events.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Member State named inside an organisation's name (联合国组织刚果民主共和国稳定特派团, United Nations
 * Assistance Mission for Iraq) is mentioned too: the organisation keeps its span, and the State is added
 * as a mention nested inside it, so that a search by country finds the document.
 */
final class NestedCountries {

    private NestedCountries() {
    }

    static List<Candidate> add(List<Candidate> kept, List<Candidate> candidates) {
        var nested = new ArrayList<Candidate>();
        for (Candidate organisation : kept) {
            if (organisation.type() != EntityType.ORGANIZATION) {
                continue;
            }
            candidates.stream()
                    .filter(c -> c.type() == EntityType.COUNTRY && within(c, organisation))
                    .max(Comparator.comparingInt(Candidate::length))
                    .ifPresent(nested::add);
        }
        if (nested.isEmpty()) {
            return kept;
        }
        var all = new ArrayList<>(kept);
        all.addAll(nested);
        all.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        return all;
    }

    private static boolean within(Candidate inner, Candidate outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end() && inner.length() < outer.length();
    }
}
