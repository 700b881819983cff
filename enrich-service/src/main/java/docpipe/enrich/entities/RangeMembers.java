package docpipe.enrich.entities;

import docpipe.events.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The members a range of references does not print ({@code 79/99} and {@code 79/100} in "resolutions 79/98 to
 * 79/101") are mentions too, spanning the range, as long as the range itself was kept as references.
 */
final class RangeMembers {

    private RangeMembers() {
    }

    static List<Candidate> add(List<Candidate> kept, List<Candidate> members) {
        if (members.isEmpty()) {
            return kept;
        }
        var all = new ArrayList<>(kept);
        for (Candidate member : members) {
            boolean rangeKept = kept.stream().anyMatch(k -> k.type() == EntityType.DOCUMENT
                    && k.start() < member.end() && member.start() < k.end());
            if (rangeKept) {
                all.add(member);
            }
        }
        all.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        return all;
    }
}
