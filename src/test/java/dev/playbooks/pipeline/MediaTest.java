package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.media.PixelsTest;
import dev.playbooks.problem.Problem;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and downloads, through the real pipeline on a site in a temp folder: published once under a hashed name,
 * shown with their size, and every kind of mistake reported at the reference's place, leaving the previous site as
 * it was.
 */
class MediaTest {
    static final String LADDER = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><rect x="10" y="150" width="80" height="40"/>
            <rect x="110" y="110" width="80" height="80"/></svg>
            """;

    @TempDir
    Path temp;
    TestSite site;
    Map<String, String> goodSite;

    @BeforeEach
    void aSiteWithADiagramSharedByBothLanguages() {
        site = TestSite.create(temp).withTrustPlaybooks();
        site.write("content/images/ladder.svg", LADDER);
        site.playbook("en", "levels", "title: Levels\nsummary: Four levels.\ntranslationKey: levels",
                "Intro.\n\n![Four steps, rising](../images/ladder.svg)\n\n## Later\n\n"
                        + "![A photo of a team](images/team.png)\n\nGet [the worksheet](files/sheet.pdf).\n");
        site.playbook("nl", "niveaus", "title: Niveaus\nsummary: Vier niveaus.\ntranslationKey: levels",
                "Inleiding.\n\n![Vier treden, oplopend](../images/ladder.svg)\n");
        writeBytes("content/en/images/team.png", png(2400, 1200));
        site.write("content/en/files/sheet.pdf", "%PDF-1.4\n% a worksheet\n");
        assertTrue(site.build().succeeded(), () -> site.build().problems().toString());
        goodSite = site.snapshotOfOutput();
    }

    private void writeBytes(String relative, byte[] bytes) {
        try {
            Path file = site.path(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(int width, int height) {
        return png(width, height, Color.ORANGE);
    }

    private static byte[] png(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<Path> published() {
        try (var files = Files.list(site.out().resolve("media"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDiagramSharedByTwoLanguagesIsPublishedOnceWithItsSizeAndEachLanguagesAltText() {
        Element english = site.page("en/levels/index.html").selectFirst("img[src*=ladder]");
        Element dutch = site.page("nl/niveaus/index.html").selectFirst("img[src*=ladder]");
        assertEquals(english.attr("src"), dutch.attr("src"));
        assertTrue(english.attr("src").matches("\\.\\./\\.\\./media/ladder-[0-9a-f]{10}\\.svg"), english.attr("src"));
        assertEquals(1, published().stream().filter(file -> file.toString().endsWith(".svg")).count());
        assertEquals("400", english.attr("width"));
        assertEquals("200", english.attr("height"));
        assertEquals("Four steps, rising", english.attr("alt"));
        assertEquals("Vier treden, oplopend", dutch.attr("alt"));
        assertFalse(english.hasAttr("loading"), "on the first screen, loaded at once");
    }

    @Test
    void aLargePhotoBelowTheFirstScreenIsLazyAndComesInSmallerWidthsToo() throws IOException {
        Element photo = site.page("en/levels/index.html").selectFirst("img[src*=team]");
        assertEquals("lazy", photo.attr("loading"));
        assertEquals("async", photo.attr("decoding"));
        assertEquals("2400", photo.attr("width"));
        assertEquals("1200", photo.attr("height"));
        String srcset = photo.attr("srcset");
        assertTrue(srcset.matches(".*team-[0-9a-f]{10}-800w\\.png 800w, .*-1600w\\.png 1600w, .*team-[0-9a-f]{10}"
                + "\\.png 2400w"), srcset);
        assertFalse(photo.attr("sizes").isEmpty());
        Path small = published().stream().filter(file -> file.toString().endsWith("-800w.png")).findFirst()
                .orElseThrow();
        assertEquals(800, ImageIO.read(small.toFile()).getWidth());
        assertEquals(400, ImageIO.read(small.toFile()).getHeight());
    }

    @Test
    void aPhotoTakenUprightIsShownAndCopiedUpright() throws IOException {
        byte[] sideways = PixelsTest.withOrientation(PixelsTest.picture("jpeg", 1200, 3400), 6, false);
        writeBytes("content/en/images/tall.jpg", sideways);
        site.playbook("en", "photo", "title: Photo\nsummary: A photo.", "![Blue, then orange](images/tall.jpg)\n");
        assertTrue(site.build().succeeded());
        Element photo = site.page("en/photo/index.html").selectFirst("img");
        assertEquals("3400", photo.attr("width"));
        assertEquals("1200", photo.attr("height"));
        Path small = published().stream().filter(file -> file.toString().matches(".*tall-.*-800w\\.jpg"))
                .findFirst().orElseThrow();
        BufferedImage copy = ImageIO.read(small.toFile());
        assertEquals(800, copy.getWidth());
        assertEquals(282, copy.getHeight());
        assertTrue(new Color(copy.getRGB(100, 141)).getBlue() > 200, "the bottom of the stored photo is on the left");
        assertTrue(new Color(copy.getRGB(700, 141)).getRed() > 200, "its top is on the right");
    }

    @Test
    void aSmallerCopyIsMadeOnceAndThenTakenFromTheSite() throws IOException {
        Path copy = published().stream().filter(file -> file.toString().endsWith("-800w.png")).findFirst()
                .orElseThrow();
        // Its name says what it holds; different bytes under it show that the next build took it rather than made it.
        Files.write(copy, png(800, 400, Color.GREEN));
        assertTrue(site.build().succeeded());
        assertEquals(Color.GREEN.getRGB(), ImageIO.read(copy.toFile()).getRGB(0, 0));
    }

    @Test
    void aDownloadIsPublishedUnderItsHashedNameAndTheLinkFollows() {
        Element link = site.page("en/levels/index.html").selectFirst("a:contains(the worksheet)");
        assertTrue(link.attr("href").matches("\\.\\./\\.\\./media/sheet-[0-9a-f]{10}\\.pdf"), link.attr("href"));
        assertTrue(Files.exists(site.out().resolve("en/levels").resolve(link.attr("href")).normalize()));
    }

    @Test
    void anEditedImageGetsANewNameAndTheOldOneGoes() {
        String before = site.page("en/levels/index.html").selectFirst("img[src*=ladder]").attr("src");
        site.write("content/images/ladder.svg", LADDER.replace("400 200", "400 220"));
        assertTrue(site.build().succeeded());
        String after = site.page("en/levels/index.html").selectFirst("img[src*=ladder]").attr("src");
        assertFalse(before.equals(after), "a browser that kept the old picture for ever asks for the new one");
        assertEquals("220", site.page("nl/niveaus/index.html").selectFirst("img[src*=ladder]").attr("height"));
        assertEquals(1, published().stream().filter(file -> file.toString().endsWith(".svg")).count());
    }

    @Test
    void aDecorativeImageSaysSoAndAnImageWithoutAltTextIsNamed() {
        site.playbook("en", "levels", "title: Levels\nsummary: Four levels.\ntranslationKey: levels",
                "Intro.\n\n![-](../images/ladder.svg)\n\n![](images/team.png)\n\n[w](files/sheet.pdf)\n");
        BuildResult result = site.build();
        Problem missing = result.problems().stream().filter(p -> p.message().contains("no alt text")).findFirst()
                .orElseThrow();
        assertEquals("content/en/levels.md:10:1", missing.place());
        assertEquals(1, result.problems().stream().filter(p -> p.message().contains("no alt text")).count(),
                "the decorative one is not a mistake");
        assertEquals("", site.page("en/levels/index.html").selectFirst("img[src*=ladder]").attr("alt"));
        assertFalse(site.build(site.options().withStrict(true)).succeeded(), "an error under --strict");
    }

    @Test
    void aFileNothingRefersToIsNamedAndNotPublished() {
        site.write("content/en/images/old.png", "");
        writeBytes("content/en/images/old.png", png(10, 10));
        BuildResult result = site.build();
        Problem stray = result.problems().stream().filter(p -> p.file().endsWith("old.png")).findFirst().orElseThrow();
        assertTrue(stray.message().contains("not published"), stray.message());
        assertTrue(published().stream().noneMatch(file -> file.toString().contains("old")));
    }

    private Problem onlyError(BuildResult result) {
        assertFalse(result.succeeded());
        assertEquals(goodSite, site.snapshotOfOutput(), "a failed build must leave the previous site intact");
        var errors = result.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    private Problem referring(String markdown) {
        site.playbook("en", "extra", "title: Extra\nsummary: More.", "Intro.\n\nSee " + markdown + " now.\n");
        return onlyError(site.build());
    }

    @Test
    void aMissingFileIsReportedAtTheReferenceWithTheNearestName() {
        Problem problem = referring("![A team](images/teem.png)");
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertEquals("'images/teem.png' does not exist", problem.message());
        assertEquals("did you mean 'team.png'?", problem.hint());
    }

    @Test
    void aFileTooLargeIsNamedWithItsSize() {
        writeBytes("content/en/images/huge.png", new byte[11 * 1024 * 1024]);
        Problem problem = referring("![Huge](images/huge.png)");
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertEquals("content/en/images/huge.png is 11.0 MiB, more than the 10.0 MiB a file may be",
                problem.message());
    }

    @Test
    void anSvgThatIsMoreThanAPictureIsRefused() {
        site.write("content/en/images/evil.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                <rect width="10" height="10" onclick="alert(1)"/></svg>
                """);
        Problem problem = referring("![Evil](images/evil.svg)");
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertEquals("content/en/images/evil.svg is not only a picture: line 2: <rect> has the event handler onclick",
                problem.message());
        for (String hostile : List.of("<script>alert(1)</script>", "<foreignObject><p>hi</p></foreignObject>",
                "<image href=\"https://tracker.example/x.png\" width=\"1\" height=\"1\"/>",
                "<rect style=\"fill: url(https://tracker.example/x)\" width=\"1\" height=\"1\"/>")) {
            site.write("content/en/images/evil.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">" + hostile + "</svg>");
            assertTrue(onlyError(site.build()).message().contains("is not only a picture"), hostile);
        }
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameSaysIsRefused() {
        site.write("content/en/images/fake.png", "<html>not a picture</html>");
        Problem problem = referring("![Fake](images/fake.png)");
        assertEquals("content/en/images/fake.png is not a PNG file, whatever its name says", problem.message());
    }

    @Test
    void aKindOfFileTheSiteDoesNotPublishIsRefused() {
        site.write("content/en/files/tool.exe", "MZ");
        Problem problem = referring("[the tool](files/tool.exe)");
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertEquals("'files/tool.exe' is not a kind of file the site publishes", problem.message());
    }

    @Test
    void aReferenceThatLeavesContentIsRefusedWhateverTheRoute() throws IOException {
        site.write("secret.png", "x");
        Problem problem = referring("![Secret](../../secret.png)");
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertEquals("'../../secret.png' leaves content/", problem.message());

        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.write(outside.resolve("photo.png"), png(4, 4));
        Files.createSymbolicLink(site.path("content/en/images/linked.png"), outside.resolve("photo.png"));
        Problem linked = referring("![Linked](images/linked.png)");
        assertEquals("'images/linked.png' is a link to a place outside content/", linked.message());
    }
}
