package dev.playbooks.output;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the sitemap and Atom feeds with the JDK's streaming XML writer, which escapes every value. */
public final class XmlDocuments {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private XmlDocuments() {
    }

    /** A sitemap whose entries name their language alternates, as search engines read them. */
    public static void sitemap(List<SitemapEntry> entries, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (SitemapEntry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", entry.url());
                for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getKey());
                    xml.writeAttribute("href", alternate.getValue());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /**
     * An Atom feed of one language, newest first.
     *
     * @param selfUrl absolute URL of the feed itself; {@code homeUrl} of the language's home page
     */
    public static void atom(String language, String title, String selfUrl, String homeUrl, LocalDate updated,
                            List<FeedEntry> entries, OutputStream out) throws IOException {
        write(out, xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", language);
            element(xml, "title", title);
            element(xml, "id", selfUrl);
            element(xml, "updated", timestamp(updated));
            link(xml, "self", selfUrl);
            link(xml, "alternate", homeUrl);
            for (FeedEntry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "title", entry.title());
                element(xml, "id", entry.url());
                link(xml, "alternate", entry.url());
                element(xml, "updated", timestamp(entry.updated()));
                element(xml, "summary", entry.summary());
                xml.writeStartElement("author");
                element(xml, "name", title);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * The text with what XML 1.0 cannot hold (controls, noncharacters, lone surrogates) replaced by U+FFFD. The
     * build refuses such characters in the author's text; this keeps every feed well-formed whatever reaches it.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd;
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (pair) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(allowed ? c : '\ufffd');
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(OutputStream out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
