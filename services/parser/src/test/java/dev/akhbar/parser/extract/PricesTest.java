package dev.akhbar.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PricesTest {

  @Test
  void countsWhatTheRegularExpressionCounts() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                "$",
                "$5",
                "$ 5",
                "$  5",
                "costs $1,299.00 now",
                "12,50 €",
                "12,50€",
                "12,50  €",
                "1 000,00 EUR",
                "about 3.99 USD",
                "99 USD",
                "3.5 GBP",
                "٣٠٫٠٠ ر.س",
                "30.00 ر.س",
                "45,00 د.إ",
                "10.00 ج.م",
                "¥ 100 and ₹2,000",
                "US$ 3 billion",
                "€ and $ but no amount, EUR USD",
                "1.99\u000b€"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      many.append("$").append(i).append(' ');
    }
    texts.add(many.toString());
    for (Document page : SamplePages.first(20)) {
      for (Element e : page.select("body, p, li, div")) {
        texts.add(e.text());
      }
    }
    // Random texts over the characters a price is made of, with words between.
    Random random = new Random(20261201);
    String[] parts = {
      "1", "2", "9", "0", ".", ",", " ", "\t", "$", "€", "£", "EUR", "USD", "ر.س", "x", "a ", "12",
      ".99"
    };
    for (int i = 0; i < 5000; i++) {
      StringBuilder t = new StringBuilder();
      for (int j = random.nextInt(30); j >= 0; j--) {
        t.append(parts[random.nextInt(parts.length)]);
      }
      texts.add(t.toString());
    }
    List<String> differ = new ArrayList<>();
    int withPrices = 0;
    for (String t : texts) {
      int regex = 0;
      var m = Prices.PRICE.matcher(t);
      while (m.find() && regex < 100) {
        regex++;
      }
      withPrices += regex > 0 ? 1 : 0;
      if (regex != Prices.count(t)) {
        differ.add(t.length() > 80 ? t.substring(0, 80) : t);
      }
    }
    assertThat(withPrices).isGreaterThan(1000);
    assertThat(differ).as("over %d texts", texts.size()).isEmpty();
  }
}
