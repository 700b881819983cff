package docpipe.query.store;

import docpipe.events.Annotations;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.EntityType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import org.bson.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The read model as the code before the typed model wrote it ({@code /store/read-model-before-typing.json}: the
 * document entry, then its paragraphs, dumped from mongo-java-server), and the event it was written from.
 */
public final class BeforeTypingFixture {

    public static final DocumentId ID = DocumentId.of("37484f5aeddcd2474f0e45ed");
    static final Instant RECEIVED = Instant.parse("2025-04-01T09:00:00.123Z");

    private BeforeTypingFixture() {
    }

    /** The document entry first, then the paragraphs in order. */
    public static List<Document> stored() {
        return Document.parse("{\"entries\":" + resource("/store/read-model-before-typing.json") + "}")
                .getList("entries", Document.class);
    }

    public static String resource(String name) {
        try (InputStream in = BeforeTypingFixture.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The event the fixture was stored from (with a clock at {@code RECEIVED + 10 s}). Its references hold the cited
     * {@code doc:} entity as the enrich service sends it; the read model no longer adds the entities to them itself.
     */
    static DocumentEnriched event() {
        var meta = new ParsedDocument.Metadata("A/79/837", "联合国、各国议会与各国议会联盟之间的互动", "zh", DocumentType.REPORT,
                "2025-03-31", "79", "126", List.of("126"), 15);
        var heading = new EnrichedParagraph(new ParsedDocument.Paragraph(0, null, ParagraphKind.HEADING, null, List.of(), "一. 导言",
                1, List.of()), Annotations.EMPTY);
        var cites = new EnrichedParagraph(new ParsedDocument.Paragraph(1, "1", ParagraphKind.PARAGRAPH, null, List.of("一. 导言"),
                "本报告根据大会第76/270号决议提交，开发署与各国议会联盟合作。", 1, List.of("1")),
                new Annotations(List.of(new Annotations.ThemeTag("parliamentary-cooperation", 0.9, List.of("议会"))),
                        List.of(new Annotations.SdgTag(16, 0.7, List.of("议会")), new Annotations.SdgTag(17, 0.55, List.of())),
                        List.of(new Annotations.EntityMention("doc:A/RES/76/270", EntityType.DOCUMENT, "第76/270号决议",
                                        "A/RES/76/270", 8, 18),
                                new Annotations.EntityMention("org:UNDP", EntityType.ORGANIZATION, "开发署",
                                        "United Nations Development Programme", 21, 24),
                                new Annotations.EntityMention("org:IPU", EntityType.ORGANIZATION, "各国议会联盟", null, 25, 31))));
        var operative = new EnrichedParagraph(new ParsedDocument.Paragraph(2, "2", ParagraphKind.PARAGRAPH, ParagraphRole.OPERATIVE,
                List.of("一. 导言"), "Encourages parliaments and UNDP.", 2, List.of()),
                new Annotations(List.of(new Annotations.ThemeTag("parliamentary-cooperation", 0.8, List.of()),
                        new Annotations.ThemeTag("gender-equality", 0.6, List.of("women"))), List.of(),
                        List.of(new Annotations.EntityMention("org:UNDP", EntityType.ORGANIZATION, "UNDP",
                                "United Nations Development Programme", 27, 31))));
        return new DocumentEnriched(ID, "A-79-837.zh.txt", RECEIVED, RECEIVED.plusSeconds(5), meta,
                List.of(heading, cites, operative), List.of("A/RES/74/304", "A/RES/76/270"), "taxonomy-3", "gazetteer-7", "sdg-2");
    }
}
