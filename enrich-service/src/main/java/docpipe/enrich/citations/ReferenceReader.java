package docpipe.enrich.citations;

import docpipe.enrich.citations.ReferenceGrammar.BodyName;
import docpipe.enrich.citations.ReferenceGrammar.Keyword;
import docpipe.enrich.citations.ReferenceGrammar.Shape;
import docpipe.enrich.text.NormalizedText;
import docpipe.untext.UnSymbols;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;

/**
 * Reads every reference to a UN document in a text with the {@link ReferenceGrammar}: symbols printed in full
 * ({@code A/AC.105/1168}) and resolutions or decisions cited by number in any of the six languages
 * ({@code Human Rights Council resolution 5/1}, {@code resolutions 44/192 A and B}, {@code 第1325(2000)号决议}),
 * each member of a list on its own, with the body named next to it or implied by the citing document.
 * Thread-safe: its only state is the bodies the last citing document implies.
 */
public final class ReferenceReader {

    /** How far before a keyword the name of its body may start. */
    private static final int BODY_WINDOW = 120;
    /** A range longer than this is more likely a misreading than a citation of every member. */
    private static final int MAX_RANGE = 100;

    private final ReferenceGrammar grammar;
    private final AtomicReference<Implied> lastImplied = new AtomicReference<>();

    public ReferenceReader(ReferenceGrammar grammar) {
        this.grammar = grammar;
    }

    /** The references of {@code text}, cited from the document whose own symbol is {@code ownSymbol} (may be null). */
    public List<CitedSymbol> read(NormalizedText text, String ownSymbol) {
        var found = new ArrayList<CitedSymbol>();
        readPrintedSymbols(text, found);
        // Most paragraphs cite nothing by number: one pass over the text for all keywords' words settles it.
        if (grammar.anyKeyword().foundIn(text)) {
            var implied = impliedBodies(ownSymbol);
            for (Keyword keyword : grammar.keywords()) {
                if (keyword.requires().foundIn(text)) {
                    readCitations(text.original(), keyword, implied, found);
                }
            }
        }
        return found;
    }

    /** The bodies the citing document implies; remembered for the last symbol, since a document asks once a paragraph. */
    private List<ReferenceGrammar.Implied> impliedBodies(String ownSymbol) {
        var last = lastImplied.get();
        if (last != null && Objects.equals(last.ownSymbol(), ownSymbol)) {
            return last.bodies();
        }
        var bodies = grammar.impliedBodies(UnSymbols.normalize(ownSymbol));
        lastImplied.set(new Implied(ownSymbol, bodies));
        return bodies;
    }

    private record Implied(String ownSymbol, List<ReferenceGrammar.Implied> bodies) {
    }

    private void readPrintedSymbols(NormalizedText text, List<CitedSymbol> found) {
        if (text.original().indexOf('/') < 0) {
            return;
        }
        Matcher m = grammar.printedSymbol().matcher(text.original());
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isDigit)) {
                found.add(new CitedSymbol(m.start(), m.end(), UnSymbols.normalize(m.group())));
            }
        }
    }

    private void readCitations(String text, Keyword keyword, List<ReferenceGrammar.Implied> implied,
                               List<CitedSymbol> found) {
        Matcher m = keyword.citation().matcher(text);
        while (m.find()) {
            int anchor = keyword.numbersFirst() ? m.start() : m.start("keyword");
            String named = bodyBefore(text, anchor, keyword.before());
            if (named == null && !keyword.between().isEmpty() && m.group("between") != null) {
                named = bodyBetween(m.group("between"), keyword.between());
            }
            var items = items(text, m.start("list"), m.end("list"));
            String[] bodies = new String[items.size()];
            for (int i = 0; i < items.size(); i++) {
                bodies[i] = named;
            }
            if (named == null) {
                assignBodiesNamedAfter(text, keyword, items, bodies);
            }
            for (int i = 0; i < items.size(); i++) {
                var item = items.get(i);
                String symbol = symbol(item, keyword.kind(), bodies[i], implied);
                if (symbol != null) {
                    int start = i == 0 ? m.start() : item.start();
                    int end = keyword.numbersFirst() && i == items.size() - 1 ? m.end() : item.end();
                    found.add(new CitedSymbol(start, end, symbol));
                }
                if (i > 0 && isRange(text, keyword, items.get(i - 1), item)) {
                    for (Item member : between(items.get(i - 1), item)) {
                        String inRange = symbol(member, keyword.kind(), bodies[i], implied);
                        if (inRange != null) {
                            found.add(new CitedSymbol(items.get(i - 1).start(), item.end(), inRange, true));
                        }
                    }
                }
            }
        }
    }

    /** Whether two items are the first and last of a range: joined by the range word, same shape and series, at most {@link #MAX_RANGE} apart. */
    private static boolean isRange(String text, Keyword keyword, Item first, Item last) {
        if (keyword.range() == null || first.shape() != last.shape() || first.number() == null || last.number() == null
                || !Objects.equals(first.session(), last.session())
                || !Objects.equals(first.year(), last.year())) {
            return false;
        }
        return keyword.range().matcher(text).region(first.end(), last.start()).matches();
    }

    /** The members of a range the text does not print (79/99 in 79/98 to 79/101, B in 76/247 A to C). */
    private static List<Item> between(Item first, Item last) {
        int from = Integer.parseInt(first.number());
        int to = Integer.parseInt(last.number());
        var members = new ArrayList<Item>();
        if (from == to && first.part() != null && last.part() != null) {
            for (char part = (char) (first.part().charAt(0) + 1); part < last.part().charAt(0); part++) {
                members.add(new Item(first.start(), last.end(), first.shape(), first.session(), first.number(),
                        first.year(), String.valueOf(part)));
            }
            return members;
        }
        if (to - from > 1 && to - from <= MAX_RANGE) {
            for (int n = from + 1; n < to; n++) {
                members.add(new Item(first.start(), last.end(), first.shape(), first.session(), String.valueOf(n),
                        first.year(), null));
            }
        }
        return members;
    }

    /** A number in a list, with its shape's groups; a lone part letter takes the number of the item before it. */
    private record Item(int start, int end, Shape shape, String session, String number, String year, String part) {
    }

    private List<Item> items(String text, int from, int to) {
        var all = new ArrayList<Item>();
        var shapes = grammar.shapes();
        for (Shape shape : shapes) {
            Matcher m = shape.pattern().matcher(text).region(from, to);
            while (m.find()) {
                all.add(new Item(m.start(), m.end(), shape, group(m, "session"), group(m, "number"),
                        group(m, "year"), group(m, "part")));
            }
        }
        // The leftmost reading wins; at the same place, the shape listed first (1325 (2000) before 1325).
        all.sort(Comparator.comparingInt(Item::start).thenComparingInt(i -> shapes.indexOf(i.shape())));
        var items = new ArrayList<Item>();
        int taken = from;
        for (Item item : all) {
            if (item.start() < taken) {
                continue;
            }
            if (!item.shape().hasNumber()) {
                if (items.isEmpty()) {
                    continue;
                }
                Item before = items.get(items.size() - 1);
                item = new Item(item.start(), item.end(), before.shape(), before.session(), before.number(),
                        before.year(), item.part());
            }
            items.add(item);
            taken = item.end();
        }
        return items;
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    /** The body named right before the keyword: the name that starts first wins, a known body a tie with OTHER. */
    private static String bodyBefore(String text, int anchor, List<BodyName> names) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (BodyName name : names) {
            Matcher m = name.pattern().matcher(text).region(Math.max(0, anchor - BODY_WINDOW), anchor);
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && isOther(best) && !name.isOther())) {
                best = name.body();
                bestStart = m.start();
            }
        }
        return best;
    }

    private static boolean isOther(String body) {
        return ReferenceGrammar.OTHER.equals(body);
    }

    private static String bodyBetween(String named, List<BodyName> names) {
        for (BodyName name : names) {
            if (!name.isOther() && name.pattern().matcher(named).matches()) {
                return name.body();
            }
        }
        return ReferenceGrammar.OTHER;
    }

    /**
     * fr, es, ru name the body after the number ("résolutions 1325 (2000) et 1820 (2008) du Conseil de
     * sécurité"): a name after an item is the body of that item and of the items before it not yet given one.
     */
    private static void assignBodiesNamedAfter(String text, Keyword keyword, List<Item> items, String[] bodies) {
        if (keyword.after().isEmpty()) {
            return;
        }
        int open = 0;
        for (int i = 0; i < items.size(); i++) {
            int at = items.get(i).end();
            if (keyword.tail() != null) {
                Matcher tail = keyword.tail().matcher(text).region(at, text.length());
                if (tail.lookingAt()) {
                    at = tail.end();
                }
            }
            String body = bodyAt(text, at, keyword.after());
            if (body != null) {
                for (int k = open; k <= i; k++) {
                    bodies[k] = body;
                }
                open = i + 1;
            }
        }
    }

    /** The body named right after a number: the longest name wins, a known body a tie with OTHER. */
    private static String bodyAt(String text, int at, List<BodyName> names) {
        String best = null;
        int bestEnd = -1;
        for (BodyName name : names) {
            Matcher m = name.pattern().matcher(text).region(at, text.length());
            if (m.lookingAt() && (m.end() > bestEnd || m.end() == bestEnd && isOther(best) && !name.isOther())) {
                best = name.body();
                bestEnd = m.end();
            }
        }
        return best;
    }

    /** The symbol of an item: the named body's series, else the citing document's, else the shape's default. */
    private String symbol(Item item, String kind, String named, List<ReferenceGrammar.Implied> implied) {
        String template;
        if (named != null) {
            template = isOther(named) ? null : grammar.template(named, kind, item.shape().name());
        } else {
            template = grammar.impliedTemplate(implied, kind, item.shape().name());
            if (template == null) {
                template = grammar.template(item.shape().defaultBody(), kind, item.shape().name());
            }
        }
        if (template == null) {
            return null;
        }
        String symbol = template.replace("{session}", nonNull(item.session())).replace("{number}", nonNull(item.number()))
                .replace("{year}", nonNull(item.year())).replace("{part}", nonNull(item.part()));
        return UnSymbols.normalize(symbol);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
