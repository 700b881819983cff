package docpipe.query.it;

import docpipe.events.Annotations;
import docpipe.events.Annotations.EntityMention;
import docpipe.events.Annotations.SdgTag;
import docpipe.events.Annotations.ThemeTag;
import docpipe.events.DocumentEnriched;
import docpipe.events.DocumentEnriched.EnrichedParagraph;
import docpipe.events.DocumentId;
import docpipe.events.DocumentType;
import docpipe.events.EntityType;
import docpipe.events.ParagraphKind;
import docpipe.events.ParagraphRole;
import docpipe.events.ParsedDocument;
import docpipe.query.compare.ResolutionParagraphs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Enriched events as the pipeline publishes them for three real documents of agenda item 126: the
 * 2025 report A/79/837 and resolution A/RES/79/319 (Chinese) and resolution A/RES/76/270 (English),
 * with paragraphs taken from the texts and tags placed where the enrich service puts them.
 */
final class SampleCorpus {

    static final Instant RECEIVED = Instant.parse("2026-11-20T09:00:00Z");

    private SampleCorpus() {
    }

    static DocumentId id(String name) {
        try {
            return DocumentId.fromSha256(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocumentEnriched report(DocumentId id, Instant enrichedAt) {
        Builder b = new Builder();
        b.heading("一. 导言");
        b.paragraph("1", "本报告根据大会第76/270号决议提交，介绍联合国、各国议会和各国议会联盟之间的互动。")
                .theme("parliamentary-cooperation").mention("doc:A/RES/76/270", "DOCUMENT", "第76/270号决议", "A/RES/76/270")
                .mention("org:IPU", "ORGANIZATION", "各国议会联盟", "Inter-Parliamentary Union");
        b.paragraph("2", "妇女在议会中的代表性仍然不足：截至2025年1月，妇女仅占全球议员的27.2%。")
                .theme("gender-equality").theme("parliamentary-cooperation").sdg(5)
                .mention("pct:27.2", "PERCENT", "27.2%", "27.2%");
        b.paragraph("3", "开发署与各国议会联盟合作，支持妇女议员网络，促进性别平等立法。")
                .theme("gender-equality").sdg(5)
                .mention("org:UNDP", "ORGANIZATION", "开发署", "United Nations Development Programme")
                .mention("org:IPU", "ORGANIZATION", "各国议会联盟", "Inter-Parliamentary Union");
        b.paragraph("4", "开发署还协助议会加强预算监督，推动落实《2030年可持续发展议程》。")
                .theme("sustainable-development").sdg(16).sdg(17)
                .mention("org:UNDP", "ORGANIZATION", "开发署", "United Nations Development Programme")
                .mention("instrument:2030-agenda", "INSTRUMENT", "2030年可持续发展议程", "2030 Agenda for Sustainable Development");
        b.heading("二. 青年与和平");
        b.paragraph("5", "青年参与议会工作对于维护和平与安全至关重要。").theme("youth").theme("peace-security").sdg(16);
        ParsedDocument.Metadata metadata = new ParsedDocument.Metadata("A/79/837",
                "联合国、各国议会与各国议会联盟之间的互动", "zh", DocumentType.REPORT, "2025-03-31", "79", "126", List.of("126"), 15);
        return new DocumentEnriched(id, "A-79-837.zh.txt", RECEIVED, enrichedAt, metadata, b.paragraphs,
                List.of("A/RES/76/270"), "themes-1", "gazetteer-1");
    }

    static DocumentEnriched resolution2025(DocumentId id, Instant enrichedAt) {
        Builder b = new Builder();
        b.preambular("回顾其2022年5月23日第76/270号决议，")
                .mention("doc:A/RES/76/270", "DOCUMENT", "第76/270号决议", "A/RES/76/270");
        b.preambular("注意到秘书长的报告A/79/837，")
                .mention("doc:A/79/837", "DOCUMENT", "A/79/837", "A/79/837").theme("parliamentary-cooperation");
        b.operative("1", "鼓励各国议会增加妇女的参与，实现性别平等；").theme("gender-equality").sdg(5);
        b.operative("2", "请秘书长在第八十一届会议上提交报告。");
        ParsedDocument.Metadata metadata = new ParsedDocument.Metadata("A/RES/79/319",
                "联合国、各国议会与各国议会联盟之间的互动", "zh", DocumentType.RESOLUTION, "2025-07-25", "79", "126", List.of("126"), 7);
        return new DocumentEnriched(id, "A-RES-79-319.zh.txt", RECEIVED, enrichedAt, metadata, b.paragraphs,
                List.of("A/RES/76/270", "A/79/837"), "themes-1", "gazetteer-1");
    }

    static DocumentEnriched resolution2022(DocumentId id, Instant enrichedAt) {
        Builder b = new Builder();
        b.preambular("Recognizing the role of national parliaments and the Inter-Parliamentary Union in the implementation of the 2030 Agenda,")
                .theme("parliamentary-cooperation").theme("sustainable-development")
                .mention("org:IPU", "ORGANIZATION", "Inter-Parliamentary Union", "Inter-Parliamentary Union")
                .mention("instrument:2030-agenda", "INSTRUMENT", "2030 Agenda", "2030 Agenda for Sustainable Development");
        b.operative("1", "Encourages parliaments to promote the full participation of women and youth in political life;")
                .theme("gender-equality").theme("youth").sdg(5);
        b.operative("2", "Welcomes the cooperation between the United Nations Development Programme and parliaments on gender equality;")
                .theme("gender-equality").sdg(5)
                .mention("org:UNDP", "ORGANIZATION", "United Nations Development Programme", "United Nations Development Programme");
        b.operative("3", "Requests the Secretary-General to submit a report at its seventy-ninth session.");
        ParsedDocument.Metadata metadata = new ParsedDocument.Metadata("A/RES/76/270",
                "Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union",
                "en", DocumentType.RESOLUTION, "2022-05-23", "76", "124", List.of("124"), 6);
        return new DocumentEnriched(id, "A-RES-76-270.en.txt", RECEIVED, enrichedAt, metadata, b.paragraphs,
                b.references(), "themes-1", "gazetteer-1");
    }

    /**
     * A whole resolution read from its text in {@code src/test/resources/corpus} (every preambular and operative
     * paragraph), with the Inter-Parliamentary Union and the 2030 Agenda tagged where they are named, in English
     * or in Chinese, as the enrich service tags them.
     */
    static DocumentEnriched resolutionFromText(DocumentId id, String resource, String symbol, String language,
                                               String title, String date, String session, Instant enrichedAt) {
        Builder b = new Builder();
        for (ResolutionParagraphs.Paragraph p : ResolutionParagraphs.read(resource)) {
            if ("OPERATIVE".equals(p.role())) {
                b.operative(p.number(), p.text());
            } else {
                b.preambular(p.text());
            }
            for (String name : List.of("Inter-Parliamentary Union", "各国议会联盟")) {
                if (p.text().contains(name)) {
                    b.mention("org:IPU", "ORGANIZATION", name, "Inter-Parliamentary Union");
                }
            }
            for (String name : List.of("2030 Agenda", "2030 年可持续发展议程", "2030 年议程")) {
                if (p.text().contains(name)) {
                    b.mention("instrument:2030-agenda", "INSTRUMENT", name, "2030 Agenda for Sustainable Development");
                    break;
                }
            }
        }
        ParsedDocument.Metadata metadata = new ParsedDocument.Metadata(symbol, title, language, DocumentType.RESOLUTION, date,
                session, null, List.of(), 6);
        return new DocumentEnriched(id, symbol.replace('/', '-') + "." + language + ".txt", RECEIVED, enrichedAt,
                metadata, b.paragraphs, b.references(), "themes-1", "gazetteer-1");
    }

    /** Collects paragraphs in document order; tag methods apply to the last paragraph added. */
    static final class Builder {

        final List<EnrichedParagraph> paragraphs = new ArrayList<>();
        private final List<String> section = new ArrayList<>();
        private ParsedDocument.Paragraph current;
        private List<ThemeTag> themes;
        private List<SdgTag> sdgs;
        private List<EntityMention> entities;

        Builder heading(String text) {
            add(null, ParagraphKind.HEADING, null, text);
            section.clear();
            section.add(text);
            return this;
        }

        Builder paragraph(String number, String text) {
            return add(number, ParagraphKind.PARAGRAPH, null, text);
        }

        Builder preambular(String text) {
            return add(null, ParagraphKind.PARAGRAPH, ParagraphRole.PREAMBULAR, text);
        }

        Builder operative(String number, String text) {
            return add(number, ParagraphKind.PARAGRAPH, ParagraphRole.OPERATIVE, text);
        }

        Builder theme(String id) {
            // the evidence a reader can check, as the enrich service records it: the words that fired the tag
            themes.add(new ThemeTag(id, 0.8, List.of("evidence of " + id)));
            return replace();
        }

        Builder sdg(int goal) {
            sdgs.add(new SdgTag(goal, 0.7, List.of("evidence of goal " + goal)));
            return replace();
        }

        Builder mention(String id, String type, String text, String name) {
            int start = Math.max(0, current.text().indexOf(text));
            entities.add(new EntityMention(id, EntityType.fromName(type), text, name, start, start + text.length()));
            return replace();
        }

        /** The documents cited, as the enrich service sends them: every {@code doc:} entity, in order of first mention. */
        List<String> references() {
            return paragraphs.stream().flatMap(p -> p.annotations().entities().stream())
                    .map(EntityMention::id).filter(id -> id.startsWith("doc:")).map(id -> id.substring("doc:".length()))
                    .distinct().toList();
        }

        private Builder add(String number, ParagraphKind kind, ParagraphRole role, String text) {
            current = new ParsedDocument.Paragraph(paragraphs.size(), number, kind, role,
                    kind == ParagraphKind.HEADING ? List.of() : List.copyOf(section), text, 1, List.of());
            themes = new ArrayList<>();
            sdgs = new ArrayList<>();
            entities = new ArrayList<>();
            paragraphs.add(new EnrichedParagraph(current, Annotations.EMPTY));
            return this;
        }

        private Builder replace() {
            paragraphs.set(paragraphs.size() - 1,
                    new EnrichedParagraph(current, new Annotations(themes, sdgs, entities)));
            return this;
        }
    }
}
