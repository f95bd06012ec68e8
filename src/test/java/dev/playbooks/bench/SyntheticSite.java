package dev.playbooks.bench;

import dev.playbooks.content.PageSource;
import dev.playbooks.content.SourceReader;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.SourceVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a deterministic bilingual site of {@code n} playbooks per language for benchmarks: 600–900 words each,
 * YAML front matter with tags and a translationKey, 4–6 headings, links to other playbooks (some with anchors),
 * a checklist of 5–8 items, a table now and then, and Dutch text with diacritics; each Dutch page records the
 * version of its English source ({@code translatedFrom}). The same {@code n} always gives the same files.
 * Templates and UI strings are copied from the repository.
 *
 * <p>One word in five comes from a long tail of made-up words, drawn by Zipf's law: real text keeps meeting new
 * words, so its vocabulary grows with the site, and the size of a search index depends on exactly that.
 */
public final class SyntheticSite {
    private static final String[] EN_WORDS = ("trust autonomy team manager employee feedback goal delegation "
            + "growth skill conversation decision ownership responsibility learning coaching clarity support "
            + "check-in result customer project colleague practice habit question answer plan review meeting "
            + "priority progress confidence balance well-being empowerment micromanagement initiative mentor "
            + "the a of to and in for with on that this it is are was be can will your our their you we they "
            + "empowered empowering delegated delegating managers employees teams goals decisions").split(" ");
    private static final String[] NL_WORDS = ("vertrouwen autonomie team leidinggevende medewerker feedback doel "
            + "delegeren groei vaardigheid gesprek besluit eigenaarschap verantwoordelijkheid leren coaching "
            + "duidelijkheid steun één-op-ééngesprek resultaat klant project collega gewoonte vraag antwoord plan "
            + "coördinatie continuïteit ideeën zelfvertrouwen werknemersbetrokkenheid evenwicht welzijn reëel "
            + "de het een van en in voor met op dat dit is zijn was kan zal jouw onze hun je we ze "
            + "medewerkers stappen stapjes teams doelen besluiten gedelegeerd").split(" ");
    private static final String[] EN_TAGS = ("trust autonomy career leadership feedback delegation growth "
            + "well-being teams coaching worksheet").split(" ");
    private static final String[] NL_TAGS = ("vertrouwen autonomie loopbaan leiderschap feedback delegeren groei "
            + "welzijn teams coaching werkblad").split(" ");

    private static final double TAIL_SHARE = 0.2;
    private static final Map<String, Lexicon> TAILS = new ConcurrentHashMap<>();

    private SyntheticSite() {
    }

    /** Made-up words of a language, the first ones common, the later ones ever rarer (Zipf's law). */
    private record Lexicon(String[] words, double[] cumulative) {
        private static final int SIZE = 60_000;

        static Lexicon of(String language) {
            String[] syllables = (language.equals("en")
                    ? "ba be co de fa gi ho in ka lo ma ne or pe qui ra se ti un ve wa ex ly ment tion ing er st pr"
                    : "aa be co de ee ge ho ij ka lo ma ne oe pe ui ra sch ti ui ve wa ë é heid ing en er st lijk")
                    .split(" ");
            Random random = new Random(language.hashCode());
            Set<String> words = new LinkedHashSet<>();
            while (words.size() < SIZE) {
                StringBuilder word = new StringBuilder();
                for (int n = 2 + random.nextInt(3); n > 0; n--) {
                    word.append(syllables[random.nextInt(syllables.length)]);
                }
                words.add(word.toString());
            }
            double[] cumulative = new double[SIZE];
            double sum = 0;
            for (int rank = 0; rank < SIZE; rank++) {
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }
            return new Lexicon(words.toArray(String[]::new), cumulative);
        }

        String pick(Random random) {
            int rank = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return words[Math.min(words.length - 1, rank < 0 ? -rank - 1 : rank)];
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(""));
    }

    /** Writes the project into {@code root}: content/en, content/nl, and copies of templates/ and i18n/. */
    public static void write(Path root, int perLanguage, Path repository) throws IOException {
        copyTheme(root, repository);
        for (String language : List.of("en", "nl")) {
            Path folder = Files.createDirectories(root.resolve("content").resolve(language));
            for (int i = 0; i < perLanguage; i++) {
                String text = playbook(language, i, perLanguage);
                if (language.equals("nl")) {
                    String source = versionOf(root.resolve("content/en").resolve(slug("en", i) + ".md"));
                    text = text.replaceFirst("\ntranslationKey: ", "\ntranslatedFrom: " + source + "\ntranslationKey: ");
                }
                Files.writeString(folder.resolve(slug(language, i) + ".md"), text, StandardCharsets.UTF_8);
            }
        }
    }

    /** How many distinct pictures the playbooks of a site with images share: three diagrams and two large photos. */
    private static final int PICTURES = 5;

    /**
     * The site of {@code from} again in {@code to}, each playbook showing one of a handful of pictures in its first
     * section (its translation the same one), as guides with a diagram each would: what images cost a build.
     */
    public static void withImages(Path from, Path to) throws IOException {
        copyTree(from.resolve("content"), to.resolve("content"));
        copyTheme(to, Path.of(""));
        Path images = Files.createDirectories(to.resolve("content/images"));
        for (int n = 0; n < PICTURES; n++) {
            if (n < 3) {
                Files.writeString(images.resolve("diagram-" + n + ".svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        + "viewBox=\"0 0 640 280\"><rect width=\"640\" height=\"280\" fill=\"#f2efe9\"/><rect x=\""
                        + (40 + 60 * n) + "\" y=\"80\" width=\"200\" height=\"170\" fill=\"#1f5f8b\"/></svg>\n");
            } else {
                java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(2000, 1000,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D graphics = photo.createGraphics();
                graphics.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 2000, 1000,
                        n == 3 ? java.awt.Color.BLUE : java.awt.Color.GREEN));
                graphics.fillRect(0, 0, 2000, 1000);
                graphics.dispose();
                javax.imageio.ImageIO.write(photo, "png", images.resolve("photo-" + n + ".png").toFile());
            }
        }
        for (String language : List.of("en", "nl")) {
            try (var files = Files.list(to.resolve("content").resolve(language))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    int i = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
                    String picture = i % PICTURES < 3 ? "diagram-" + i % PICTURES + ".svg" : "photo-" + i % PICTURES + ".png";
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    int section = text.indexOf("\n\n", text.indexOf("\n## ") + 1);
                    Files.writeString(file, text.substring(0, section) + "\n\n![Picture " + i % PICTURES + "](../images/"
                            + picture + ")" + text.substring(section), StandardCharsets.UTF_8);
                }
            }
        }
        try (var files = Files.list(to.resolve("content/nl"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                int i = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
                String source = versionOf(to.resolve("content/en").resolve(slug("en", i) + ".md"));
                Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                        .replaceFirst("\ntranslatedFrom: [^\n]*", "\ntranslatedFrom: " + source), StandardCharsets.UTF_8);
            }
        }
    }

    /** Copies the repository's templates and UI strings over the project's, so a kept site uses the current ones. */
    public static void copyTheme(Path root, Path repository) throws IOException {
        copyTree(repository.resolve("templates"), root.resolve("templates"));
        copyTree(repository.resolve("i18n"), root.resolve("i18n"));
    }

    /** The Dutch pages are translations of the English ones, as they are on the real site, and up to date. */
    private static String versionOf(Path english) {
        Language en = new Language("en");
        PageSource page = SourceReader.read(new SourceFile(english, english.toString(), en, "x"), new Problems())
                .orElseThrow();
        return SourceVersions.of(en, page.meta(), page.body()).toString();
    }

    /** The file name of playbook {@code i}: Dutch slugs differ from English ones, as on the real site. */
    static String slug(String language, int i) {
        return (language.equals("en") ? "playbook-" : "draaiboek-") + i;
    }

    private static String heading(String language, int page, int section) {
        String[] words = language.equals("en") ? EN_WORDS : NL_WORDS;
        return capitalise(words[(page * 7 + section * 13) % 40]) + " " + words[(page + section * 3) % 40]
                + " " + (section + 1);
    }

    static String playbook(String language, int i, int total) {
        Random random = new Random(i * 31L + (language.equals("en") ? 1 : 2));
        String[] words = language.equals("en") ? EN_WORDS : NL_WORDS;
        String[] tags = language.equals("en") ? EN_TAGS : NL_TAGS;
        StringBuilder page = new StringBuilder();
        page.append("---\n")
                .append("title: \"").append(capitalise(sentence(random, words, 4))).append(' ').append(i).append("\"\n")
                .append("summary: \"").append(capitalise(sentence(random, words, 18))).append(".\"\n")
                .append("translationKey: topic-").append(i).append('\n')
                .append("tags: [").append(tags[i % tags.length]).append(", ").append(tags[(i / 3 + 1) % tags.length])
                .append("]\n")
                .append("audience: [").append(i % 2 == 0 ? "leaders" : "professionals").append("]\n")
                .append("updated: 2026-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28)).append('\n')
                .append("weight: ").append(i % 10).append('\n')
                .append("---\n\n");
        int sections = 4 + random.nextInt(3);
        int targetWords = 600 + random.nextInt(300);
        int perSection = targetWords / sections;
        for (int s = 0; s < sections; s++) {
            page.append("## ").append(heading(language, i, s)).append("\n\n");
            int written = 0;
            while (written < perSection - 20) {
                int length = 12 + random.nextInt(14);
                page.append(paragraphWithLink(random, words, length, language, i, total)).append("\n\n");
                written += length;
            }
            if (s == 1) {
                // The same number in both languages, as a translation's checklist has its source's steps.
                int items = 5 + i * 7 % 4;
                for (int item = 0; item < items; item++) {
                    page.append("- [ ] ").append(capitalise(sentence(random, words, 6))).append('\n');
                }
                page.append('\n');
            }
            if (s == 2 && i % 5 == 0) {
                page.append("| ").append(words[1]).append(" | ").append(words[2]).append(" |\n|---|---|\n");
                for (int row = 0; row < 3; row++) {
                    page.append("| ").append(sentence(random, words, 3)).append(" | ").append(row).append(" |\n");
                }
                page.append('\n');
            }
        }
        return page.toString();
    }

    private static String paragraphWithLink(Random random, String[] words, int length, String language, int page,
                                            int total) {
        String text = capitalise(sentence(random, words, length)) + ".";
        if (total < 2 || random.nextInt(4) != 0) {
            return text;
        }
        int other = (page + 1 + random.nextInt(total - 1)) % total;
        String anchor = random.nextBoolean() ? "" : "#" + dev.playbooks.i18n.Slugs.slugify(heading(language, other, 0));
        return text + " [" + words[random.nextInt(20)] + "](" + slug(language, other) + ".md" + anchor + ")";
    }

    private static String sentence(Random random, String[] words, int length) {
        Lexicon tail = TAILS.computeIfAbsent(words == EN_WORDS ? "en" : "nl", Lexicon::of);
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = random.nextDouble() < TAIL_SHARE ? tail.pick(random) : words[random.nextInt(words.length)];
            sentence.append(w == 0 ? "" : " ").append(word);
        }
        return sentence.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Copies a folder and everything in it, replacing files already there. */
    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
