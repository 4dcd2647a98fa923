package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The microdata walk finds the articleBody elements the container choice used to query. */
class DeclaredBodiesTest {
  @Test
  void sameElementsAsTheQueryOverTheBody() throws IOException {
    List<Document> docs = new ArrayList<>(SamplePages.first(20));
    docs.add(
        Jsoup.parse(
            "<html><head><meta itemprop=articleBody content=x></head><body>"
                + "<div itemprop=' ArticleBody '><p>a</p><div itemprop=articleBody>b</div></div>"
                + "<p itemprop=articleBodyText>c</p></body></html>"));
    docs.add(Jsoup.parse("<body itemprop=articleBody><p>a</p></body>"));
    int found = 0;
    for (Document doc : docs) {
      List<Element> query = ContentExtractor.declaredBodies(doc.body());
      found += query.size();
      assertThat(MetadataExtractor.read(doc).declaredBodies).containsExactlyElementsOf(query);
    }
    assertThat(found).isGreaterThanOrEqualTo(3);
  }
}
