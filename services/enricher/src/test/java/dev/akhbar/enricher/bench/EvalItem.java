package dev.akhbar.enricher.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One annotated item of the evaluation set (src/test/resources/eval, format in its README.md).
 *
 * @param id file and line
 * @param text the text without markup
 * @param entities gold entities: type (PERSON, LOCATION, ORGANIZATION) and surface text
 * @param speakers gold speakers of the real quotes in order ("-" when unattributed)
 */
public record EvalItem(String id, String text, List<Gold> entities, List<String> speakers) {
  public record Gold(String type, String text, int start, int end) {}

  private static final Pattern MARK = Pattern.compile("\\[\\[(PER|LOC|ORG) ([^\\]]+)\\]\\]");

  public static List<EvalItem> load(String resource) throws IOException {
    List<EvalItem> items = new ArrayList<>();
    try (InputStream in = EvalItem.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        List<String> speakers = new ArrayList<>();
        if (parts.length > 1 && parts[1].startsWith("speakers:")) {
          for (String s : parts[1].substring("speakers:".length()).split("\\|")) {
            speakers.add(s.strip());
          }
        }
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = MARK.matcher(parts[0]);
        int last = 0;
        while (m.find()) {
          text.append(parts[0], last, m.start());
          int start = text.length();
          text.append(m.group(2));
          String type =
              switch (m.group(1)) {
                case "PER" -> "PERSON";
                case "LOC" -> "LOCATION";
                default -> "ORGANIZATION";
              };
          gold.add(new Gold(type, m.group(2), start, text.length()));
          last = m.end();
        }
        text.append(parts[0].substring(last));
        items.add(new EvalItem(resource + ":" + n, text.toString(), gold, speakers));
      }
    }
    return items;
  }
}
