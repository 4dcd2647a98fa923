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
 * it in the prod profile: the topics it reads and writes, its consumer groups, its HTTP port and
 * the env vars it reads.
 */
public final class ServiceConfig {
  private static final Pattern CHANNEL_TOPIC =
      Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.topic");
  private static final Pattern CHANNEL_DLQ =
      Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.dead-letter-queue\\.topic");
  private static final Pattern CHANNEL_GROUP =
      Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

  /** A config key the code looks up by name: {@code "akhbar.es.api-key"}. */
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"((?:akhbar|quarkus|kafka)(?:\\.[a-z0-9-]+)+)\"");

  /**
   * A topic name given as a config-mapping default: {@code @WithDefault("akhbar.fetch.seen.v1")}.
   */
  private static final Pattern TOPIC_DEFAULT =
      Pattern.compile("@WithDefault\\(\"(akhbar\\.[a-z0-9.-]+\\.v[0-9]+)\"\\)");

  private final String name;
  private final Path dir;
  private final Map<String, String> prod;
  private final Set<String> allKeys;
  private final Set<String> envReferences;
  private final Set<String> stateTopics;

  private ServiceConfig(
      String name,
      Path dir,
      Map<String, String> prod,
      Set<String> allKeys,
      Set<String> env,
      Set<String> stateTopics) {
    this.name = name;
    this.dir = dir;
    this.prod = prod;
    this.allKeys = allKeys;
    this.envReferences = env;
    this.stateTopics = stateTopics;
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
    Set<String> stateTopics = new LinkedHashSet<>();
    scanSources(dir.resolve("src/main/java"), env, keys, stateTopics);
    return Optional.of(new ServiceConfig(name, dir, prod, keys, env, stateTopics));
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
  private static void scanSources(
      Path src, Set<String> env, Set<String> keys, Set<String> stateTopics) {
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
        Matcher t = TOPIC_DEFAULT.matcher(code);
        while (t.find()) {
          stateTopics.add(t.group(1));
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

  /** The prod value with each ${X:default} replaced by its default (what runs when X is unset). */
  public Optional<String> resolved(String key) {
    return raw(key).map(ServiceConfig::withDefaults);
  }

  static String withDefaults(String value) {
    Matcher m = EXPRESSION.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Topics the service consumes: incoming channels and state topics. */
  public Set<String> consumedTopics() {
    Set<String> topics = channelTopics("incoming");
    topics.addAll(stateTopics);
    return topics;
  }

  /**
   * Topics the service's code reads and writes itself, named by a config-mapping default in its
   * sources ({@code @WithDefault("akhbar.fetch.seen.v1")}): state topics, read at start and written
   * as it goes, without a consumer group.
   */
  public Set<String> stateTopics() {
    return stateTopics;
  }

  /** Topics of outgoing channels and dead-letter topics (what the service produces). */
  public Set<String> producedTopics() {
    Set<String> topics = channelTopics("outgoing");
    topics.addAll(stateTopics);
    for (String key : prod.keySet()) {
      if (CHANNEL_DLQ.matcher(key).matches()) {
        topics.add(resolved(key).orElseThrow());
      }
    }
    return topics;
  }

  private Set<String> channelTopics(String direction) {
    Set<String> topics = new LinkedHashSet<>();
    for (String key : prod.keySet()) {
      Matcher m = CHANNEL_TOPIC.matcher(key);
      if (m.matches() && m.group(1).equals(direction)) {
        topics.add(resolved(key).orElseThrow());
      }
    }
    return topics;
  }

  /**
   * Topic to the largest request the service's producer for it may send ({@code max.request.size}
   * of an outgoing channel or of an incoming channel's dead-letter producer), where one is set.
   */
  public Map<String, Long> maxRequestSizes() {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (String key : prod.keySet()) {
      Matcher out = CHANNEL_TOPIC.matcher(key);
      if (out.matches() && out.group(1).equals("outgoing")) {
        resolved("mp.messaging.outgoing." + out.group(2) + ".max.request.size")
            .ifPresent(v -> sizes.put(resolved(key).orElseThrow(), Long.parseLong(v.strip())));
      }
      Matcher dlq = CHANNEL_DLQ.matcher(key);
      if (dlq.matches()) {
        resolved("mp.messaging.incoming." + dlq.group(1) + ".dead-letter-queue.max.request.size")
            .ifPresent(v -> sizes.put(resolved(key).orElseThrow(), Long.parseLong(v.strip())));
      }
    }
    return sizes;
  }

  /** Consumer groups: per-channel group.id, else kafka.group.id, else the application name. */
  public Set<String> consumerGroups() {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> channelsWithGroup = new LinkedHashSet<>();
    for (String key : prod.keySet()) {
      Matcher m = CHANNEL_GROUP.matcher(key);
      if (m.matches()) {
        groups.add(resolved(key).orElseThrow());
        channelsWithGroup.add(m.group(1));
      }
    }
    for (String key : prod.keySet()) {
      Matcher m = CHANNEL_TOPIC.matcher(key);
      if (m.matches() && m.group(1).equals("incoming") && !channelsWithGroup.contains(m.group(2))) {
        groups.add(
            resolved("kafka.group.id")
                .or(() -> resolved("quarkus.application.name"))
                .orElse("akhbar-" + name));
      }
    }
    return groups;
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
