package docpipe.parse.structure;

import java.util.ArrayList;
import java.util.List;

/** An item being built: a heading, paragraph, list item or footnote, before it becomes a contract record. */
final class Item {

    static final String HEADING = "HEADING";
    static final String PARAGRAPH = "PARAGRAPH";
    static final String LIST_ITEM = "LIST_ITEM";
    static final String FOOTNOTE = "FOOTNOTE";

    String kind;
    String number;
    final List<String> sectionPath;
    final Integer page;
    String role;
    String text;
    String lastLine;
    final List<String> footnotes = new ArrayList<>();

    Item(String kind, String number, List<String> sectionPath, String text, Integer page) {
        this.kind = kind;
        this.number = number;
        this.sectionPath = List.copyOf(sectionPath);
        this.text = text;
        this.lastLine = text;
        this.page = page;
    }

    boolean is(String k) {
        return kind.equals(k);
    }
}
