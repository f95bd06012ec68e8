package dev.playbooks.media;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an SVG file must be before the site shows it: only a picture. It is always shown as an image, never put
 * into a page, yet a file with scripts, event handlers, foreign content or references to other files is refused
 * anyway: it would run if a reader opened it on its own. Its size in pixels comes from its width and height, or its
 * viewBox, so the page keeps its place before it loads.
 */
final class Svg {
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:px)?\\s*$");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);

    /** A picture's size, or what is wrong with it. */
    record Checked(int width, int height, Optional<String> problem) {
        static Checked refused(String problem) {
            return new Checked(0, 0, Optional.of(problem));
        }
    }

    private Svg() {
    }

    static boolean looksLikeSvg(byte[] bytes) {
        try {
            XMLStreamReader xml = reader(bytes);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    return xml.getLocalName().equals("svg");
                }
            }
            return false;
        } catch (XMLStreamException e) {
            return false;
        }
    }

    static Checked check(byte[] bytes) {
        try {
            XMLStreamReader xml = reader(bytes);
            int width = 0;
            int height = 0;
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    return Checked.refused("it declares a DOCTYPE, which can pull in other files");
                }
                if (event == XMLStreamConstants.CHARACTERS && xml.getText().toLowerCase(Locale.ROOT).contains("url(")
                        && !internal(xml.getText())) {
                    return Checked.refused(at(xml) + "a style refers to another file");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                Optional<String> refused = refusedElement(xml);
                if (refused.isPresent()) {
                    return Checked.refused(refused.get());
                }
                if (root) {
                    root = false;
                    int[] size = size(xml);
                    width = size[0];
                    height = size[1];
                }
            }
            if (width <= 0 || height <= 0) {
                return Checked.refused("it has no size: give its svg element a width and height, or a viewBox");
            }
            return new Checked(width, height, Optional.empty());
        } catch (XMLStreamException e) {
            return Checked.refused("it is not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ") + ")");
        }
    }

    private static Optional<String> refusedElement(XMLStreamReader xml) {
        String name = xml.getLocalName();
        if (name.equals("script") || name.equals("foreignObject") || name.equals("iframe")
                || name.equals("embed") || name.equals("object") || name.equals("handler")) {
            return Optional.of(at(xml) + "it holds a <" + name + "> element");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if (attribute.toLowerCase(Locale.ROOT).startsWith("on")) {
                return Optional.of(at(xml) + "<" + name + "> has the event handler " + attribute);
            }
            if (attribute.equals("href") && !value.strip().startsWith("#")) {
                return Optional.of(at(xml) + "<" + name + "> refers to '" + value + "', outside the picture");
            }
            if (value.toLowerCase(Locale.ROOT).contains("url(") && !internal(value)) {
                return Optional.of(at(xml) + "<" + name + "> refers to another file in " + attribute);
            }
        }
        return Optional.empty();
    }

    /** Whether every url(…) in a style points inside the picture (#gradient), the only kind a picture needs. */
    private static boolean internal(String style) {
        Matcher url = URL.matcher(style);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                return false;
            }
        }
        return !style.toLowerCase(Locale.ROOT).contains("@import");
    }

    private static int[] size(XMLStreamReader xml) {
        int width = number(xml.getAttributeValue(null, "width"));
        int height = number(xml.getAttributeValue(null, "height"));
        String viewBox = xml.getAttributeValue(null, "viewBox");
        if ((width <= 0 || height <= 0) && viewBox != null) {
            String[] parts = viewBox.trim().split("[\\s,]+");
            if (parts.length == 4) {
                width = number(parts[2]);
                height = number(parts[3]);
            }
        }
        return new int[] {width, height};
    }

    private static int number(String text) {
        if (text == null) {
            return 0;
        }
        Matcher number = NUMBER.matcher(text);
        return number.matches() ? (int) Math.round(Double.parseDouble(number.group(1))) : 0;
    }

    private static String at(XMLStreamReader xml) {
        return "line " + xml.getLocation().getLineNumber() + ": ";
    }

    /** A reader that reads the file alone: no DOCTYPE, no entities, nothing fetched. */
    private static XMLStreamReader reader(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }
}
