package docpipe.parse.structure;

import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;

import java.util.ArrayList;
import java.util.List;

/** An item being built: a heading, paragraph, list item or footnote, before it becomes a contract record. */
final class Item {

    ParagraphKind kind;
    String number;
    final List<String> sectionPath;
    final Integer page;
    ParagraphRole role;
    String text;
    String lastLine;
    final List<String> footnotes = new ArrayList<>();

    Item(ParagraphKind kind, String number, List<String> sectionPath, String text, Integer page) {
        this.kind = kind;
        this.number = number;
        this.sectionPath = List.copyOf(sectionPath);
        this.text = text;
        this.lastLine = text;
        this.page = page;
    }

    boolean is(ParagraphKind k) {
        return kind == k;
    }
}
