package docpipe.parse.extract;

import docpipe.parse.structure.ExtractedText;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Set;

/**
 * Reads the text of an XML document (OHCHR and the UN publish some texts as XML, e.g. Akoma Ntoso): one line
 * per element that holds text of its own, so that each paragraph, heading and numbered item stays apart;
 * inline elements (emphasis, references, marks of notes) stay inside their line. DTDs and external entities
 * are never fetched.
 */
final class XmlText extends DefaultHandler {

    /** Elements that sit inside a line of text rather than making one (XHTML and Akoma Ntoso names). */
    private static final Set<String> INLINE = Set.of("b", "i", "u", "em", "strong", "span", "a", "sup", "sub",
            "small", "abbr", "ref", "mref", "term", "concept", "docTitle", "docNumber", "docDate", "docProponent",
            "date", "entity", "person", "organization", "location", "inline", "num", "noteRef");
    /** A number label ({@code <num>1.</num>}) begins the line of the element that holds it. */
    private static final String LABEL = "num";

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private final int maxChars;
    private int skip;

    private XmlText(int maxChars) {
        this.maxChars = maxChars;
    }

    static ExtractedText read(byte[] bytes, int maxChars) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        XmlText handler = new XmlText(maxChars);
        parser.getXMLReader().setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        parser.parse(new ByteArrayInputStream(bytes), handler);
        handler.endLine();
        return new ExtractedText(handler.out.toString(), null, true);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head") || name.equals("script") || name.equals("style") || name.equals("meta")) {
            skip++;
            return;
        }
        if (name.equals("sup") || name.equals("noteRef")) {
            line.append("<sup>");
        }
        if (!INLINE.contains(name) || name.equals(LABEL) && !line.isEmpty()) {
            endLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head") || name.equals("script") || name.equals("style") || name.equals("meta")) {
            skip--;
            return;
        }
        if (name.equals("sup") || name.equals("noteRef")) {
            line.append("</sup>");
        } else if (name.equals(LABEL)) {
            line.append(' ');
        } else if (!INLINE.contains(name)) {
            endLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws PagedTextHandler.LimitReached {
        if (skip == 0) {
            line.append(ch, start, length);
            if (out.length() + line.length() > maxChars) {
                throw new PagedTextHandler.LimitReached(maxChars);
            }
        }
    }

    private void endLine() {
        String text = line.toString().replaceAll("\\s+", " ").replace("<sup></sup>", "").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.append(text).append('\n');
        }
    }
}
