package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Front matter written to break the reader: each mistake at its exact place, the site and the world untouched. */
class FrontMatterHostileTest extends HostileSiteTest {

    private void page(String frontMatter) {
        hostile.site.playbook("en", "bad", frontMatter, "Body.\n");
    }

    @Test
    void anUnclosedDoubleQuoteIsReportedWhereItOpens() {
        page("title: \"Trust at work\nsummary: S\ntags: [a]");
        hostile.refused("content/en/bad.md:2:8");
    }

    @Test
    void anUnclosedSingleQuoteIsReportedWhereItOpens() {
        page("title: T\nsummary: 'S\nweight: 1");
        hostile.refused("content/en/bad.md:3:10");
    }

    @Test
    void anUnclosedListIsReportedWhereItOpens() {
        page("title: T\nsummary: S\ntags: [a, b");
        hostile.refused("content/en/bad.md:4:7");
    }

    @Test
    void aBinaryTagIsRefusedAtItsPlace() {
        Problem problem = null;
        page("title: !!binary aGVsbG8=\nsummary: S");
        problem = hostile.refused("content/en/bad.md:2:8");
        assertTrue(problem.message().contains("'!!binary'"), problem.message());
    }

    @Test
    void aCustomTagIsRefusedAtItsPlace() {
        page("title: T\nsummary: !note S");
        assertTrue(hostile.refused("content/en/bad.md:3:10").message().contains("'!note'"));
    }

    @Test
    void aControlCharacterInATitleIsRefusedAtItsColumn() {
        page("title: \"Ring \u0007 the bell\"\nsummary: S");
        assertTrue(hostile.refused("content/en/bad.md:2:14").message().contains("U+0007"));
    }

    @Test
    void aBidiOverrideInASummaryIsRefusedAtItsColumn() {
        page("title: T\nsummary: \"abc \u202Efed\"");
        assertTrue(hostile.refused("content/en/bad.md:3:15").message().contains("U+202E"));
    }

    @Test
    void aC1ControlInATagIsRefusedAtItsColumn() {
        page("title: T\nsummary: S\ntags: [ok, \"b\u0085d\"]");
        hostile.refused("content/en/bad.md:4:14");
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsRefusedAtTheValue() {
        page("title: T\nsummary: S\ntags: [ok, \"\\e[31mred\"]");
        hostile.refused("content/en/bad.md:4:12");
    }

    @Test
    void anEscapeMakingABidiOverrideInATitleIsRefused() {
        page("title: \"evil\\u202Etxt.exe\"\nsummary: S");
        hostile.refused("content/en/bad.md:2:8");
    }

    @Test
    void aTabInIndentationIsReportedAtTheTab() {
        page("title: T\nsummary: S\ntags:\n\t- a");
        hostile.refused("content/en/bad.md:5:1");
    }

    @Test
    void anAliasToAListIsRefusedAtTheAlias() {
        page("title: T\nsummary: S\ntags: &t [a, b]\naudience: *t");
        hostile.refused("content/en/bad.md:5:11");
    }

    @Test
    void frontMatterThatIsNeverClosedIsReportedWithoutReadingOn() {
        hostile.site.write("content/en/bad.md", "---\ntitle: T\nsummary: S\n" + "x: y\n".repeat(20_000));
        assertTrue(hostile.refused("content/en/bad.md:1:1").message().contains("not closed within"));
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() throws IOException {
        Path file = hostile.site.path("content/en/bad.md");
        Files.write(file, ("---\ntitle: T\nsummary: \"ab").getBytes());
        Files.write(file, new byte[] {(byte) 0xff, '"', '\n', '-', '-', '-', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        hostile.refused("content/en/bad.md:3:13");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        page("title: T\nsummary: S");
        hostile.site.write("content/en/bad.md", "---\ntitle: T\nsummary: S\n---\n" + "word ".repeat(300_000));
        assertTrue(hostile.refused("content/en/bad.md").message().contains("at most 1 MiB"));
    }

    @Test
    void aTagWindowsCannotNameAFolderForIsRefused() {
        page("title: T\nsummary: S\ntags: [fine, CON]");
        hostile.refused("content/en/bad.md:4:14");
    }

    @Test
    void aControlCharacterInAUiStringIsRefusedAtItsPlace() {
        String strings = hostile.site.read("i18n/en.yaml");
        hostile.site.write("i18n/en.yaml", strings.replaceFirst("(?m)^(\\s*title: )", "$1\"\\\\a\" #"));
        Problem problem = hostile.refused(place(strings));
        assertTrue(problem.message().contains("U+0007"), problem.message());
    }

    @Test
    void anUnclosedMappingIsReportedWhereItOpens() {
        page("title: T\nsummary: S\naudience: {a: b\nweight: 1");
        hostile.refused("content/en/bad.md:4:11");
    }

    @Test
    void anUndefinedAliasIsReportedAtTheAlias() {
        page("title: T\nsummary: *nowhere");
        hostile.refused("content/en/bad.md:3:10");
    }

    @Test
    void anInvalidEscapeIsReportedAtTheEscape() {
        page("title: \"Bad \\q escape\"\nsummary: S");
        hostile.refused("content/en/bad.md:2:14");
    }

    private static String place(String strings) {
        int line = 1;
        for (String text : strings.split("\n")) {
            if (text.matches("\\s*title: .*")) {
                return "i18n/en.yaml:" + line + ":" + (text.indexOf("title:") + 8);
            }
            line++;
        }
        throw new AssertionError("no title in the UI strings");
    }
}
