package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file the README and docs/ link to or show (a screenshot, a guide) is in the repository. */
class DocumentLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)");

    @Test
    void everyRelativeLinkAndPictureExists() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Repo.ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(Repo.ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path document : documents) {
            Matcher link = LINK.matcher(Files.readString(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // http(s), mailto: not ours to check offline
                }
                checked++;
                if (!Files.exists(document.getParent().resolve(target).normalize())) {
                    missing.add(Repo.ROOT.relativize(document) + " -> " + target);
                }
            }
        }
        assertTrue(checked >= 3, "the README shows the back office's screenshots at least");
        assertTrue(missing.isEmpty(), "links to nothing: " + missing);
    }

    @Test
    void theReadmeShowsTheBackOfficeScreens() throws IOException {
        String readme = Files.readString(Repo.ROOT.resolve("README.md"));
        for (String screen : List.of("dashboard", "product-editor", "order")) {
            assertTrue(readme.contains("](docs/screenshots/" + screen + ".png)"), screen);
            assertTrue(Files.size(Repo.ROOT.resolve("docs/screenshots/" + screen + ".png")) > 10_000, screen);
        }
    }
}
