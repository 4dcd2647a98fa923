package dev.akhbar.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's {@code application.properties} (and, for env vars, its main sources) says about
 * it in the prod profile: its HTTP port and the env vars it reads. What it does on Kafka is read
 * from the same file by {@link dev.akhbar.k8s.wiring.ServiceAccessReader}.
 */
public final class ServiceConfig {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

  /** A config key the code looks up by name: {@code "akhbar.es.api-key"}. */
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"((?:akhbar|quarkus|kafka)(?:\\.[a-z0-9-]+)+)\"");

  private final String name;
  private final Path dir;
  private final Map<String, String> prod;
  private final Set<String> allKeys;
  private final Set<String> envReferences;

  private ServiceConfig(
      String name, Path dir, Map<String, String> prod, Set<String> allKeys, Set<String> env) {
    this.name = name;
    this.dir = dir;
    this.prod = prod;
    this.allKeys = allKeys;
    this.envReferences = env;
  }

  /** The config of {@code services/<name>}, or empty if it has no application.properties yet. */
  public static Optional<ServiceConfig> load(Path repo, String name) {
    Path dir = repo.resolve("services").resolve(name);
    Path file = dir.resolve("src/main/resources/application.properties");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties raw = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      raw.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> prod = new LinkedHashMap<>();
    Map<String, String> prodOverrides = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    Set<String> env = new LinkedHashSet<>();
    for (String key : raw.stringPropertyNames()) {
      String value = raw.getProperty(key);
      collectEnv(value, env);
      if (key.startsWith("%")) {
        int dot = key.indexOf('.');
        Set<String> profiles = Set.of(key.substring(1, dot).split(","));
        String bare = key.substring(dot + 1);
        keys.add(bare);
        if (profiles.contains("prod")) {
          prodOverrides.put(bare, value);
        }
      } else {
        keys.add(key);
        prod.put(key, value);
      }
    }
    prod.putAll(prodOverrides);
    scanSources(dir.resolve("src/main/java"), env, keys);
    return Optional.of(new ServiceConfig(name, dir, prod, keys, env));
  }

  private static void collectEnv(String value, Set<String> env) {
    Matcher m = EXPRESSION.matcher(value);
    while (m.find()) {
      if (ENV_NAME.matcher(m.group(1)).matches()) {
        env.add(m.group(1));
      }
      if (m.group(2) != null) {
        collectEnv(m.group(2) + "}", env);
      }
    }
  }

  /** Env var names the Java code reads by name: string literals like "AKHBAR_ES_API_KEY". */
  private static void scanSources(Path src, Set<String> env, Set<String> keys) {
    if (!Files.isDirectory(src)) {
      return;
    }
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        Matcher m = STRING_LITERAL.matcher(code);
        while (m.find()) {
          if (m.group(1).contains("_")) {
            env.add(m.group(1));
          }
        }
        Matcher k = KEY_LITERAL.matcher(code);
        while (k.find()) {
          keys.add(k.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public Path dir() {
    return dir;
  }

  /** The prod-profile value of {@code key}, with ${VAR:default} expressions left as written. */
  public Optional<String> raw(String key) {
    return Optional.ofNullable(prod.get(key));
  }

  /**
   * The prod value with each ${X:default} replaced by the value of the property X when the file
   * sets it, else by its default (what runs when the env var X is unset).
   */
  public Optional<String> resolved(String key) {
    return raw(key).map(v -> resolve(v, 0));
  }

  private String resolve(String value, int depth) {
    Matcher m = EXPRESSION.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String ref = prod.get(m.group(1));
      String v =
          ref != null && depth < 10
              ? resolve(ref, depth + 1)
              : m.group(2) == null ? "" : m.group(2);
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The keys set in the prod profile (without profile prefix). */
  public Set<String> prodKeys() {
    return java.util.Collections.unmodifiableSet(prod.keySet());
  }

  /** The HTTP port the service listens on in prod (Quarkus default 8080). */
  public int httpPort() {
    return resolved("quarkus.http.port").map(Integer::parseInt).orElse(8080);
  }

  /** Env vars named in ${...} expressions of application.properties or as literals in its code. */
  public Set<String> envReferences() {
    return envReferences;
  }

  /** The Maven artifactId of the service (its image name with Quarkus's container-image). */
  public Optional<String> artifactId() {
    return pom().map(p -> p.artifactId);
  }

  /** The artifactIds of the service's dependencies. */
  public Set<String> dependencies() {
    return pom().map(p -> p.dependencies).orElse(Set.of());
  }

  private record Pom(String artifactId, Set<String> dependencies) {}

  private Optional<Pom> pom() {
    Path file = dir.resolve("pom.xml");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var doc = factory.newDocumentBuilder().parse(file.toFile());
      var project = doc.getDocumentElement();
      String artifactId = null;
      Set<String> deps = new LinkedHashSet<>();
      var children = project.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof org.w3c.dom.Element e) {
          if (e.getTagName().equals("artifactId")) {
            artifactId = e.getTextContent().strip();
          } else if (e.getTagName().equals("dependencies")) {
            var ids = e.getElementsByTagName("artifactId");
            for (int j = 0; j < ids.getLength(); j++) {
              deps.add(ids.item(j).getTextContent().strip());
            }
          }
        }
      }
      return Optional.ofNullable(artifactId).map(a -> new Pom(a, deps));
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("cannot read " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every property key, without profile prefix: those application.properties sets and those the
   * code looks up by name (string literals such as {@code "akhbar.es.api-key"}).
   */
  public Set<String> keys() {
    return allKeys;
  }
}
