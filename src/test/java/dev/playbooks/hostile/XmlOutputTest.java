package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Every XML file a build writes is parsed by a strict parser, with the oddest text an author may write in it. */
class XmlOutputTest {
    @TempDir
    Path temp;

    @Test
    void everyXmlFileTheBuildWritesIsWellFormed() throws Exception {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "odd", "title: \"<&> \\\"quotes\\\" ' ]]> \\u2028 \\uFFFD 🙂 \\t tab\"\n"
                + "summary: \"a&b <![CDATA[x]]> \\u200F mark \\u00A0 nbsp\"\ntags: [\"<t&g>\", \"a]]>\"]\n"
                + "updated: 2026-11-22", "Body.\n");
        var result = site.build();
        assertTrue(result.succeeded(), result.problems()::toString);
        List<Path> xml;
        try (Stream<Path> files = Files.walk(site.out())) {
            xml = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(3, xml.size(), xml::toString);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path file : xml) {
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            assertTrue(document.getDocumentElement() != null, file::toString);
        }
        String feed = Files.readString(site.out().resolve("en/feed.xml"));
        Document parsed = factory.newDocumentBuilder().parse(site.out().resolve("en/feed.xml").toFile());
        assertTrue(parsed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").getLength() > 1, feed);
        assertTrue(feed.contains("&lt;&amp;&gt;"), feed);
    }
}
