package dev.akhbar.infra.es.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

/**
 * Runs one Elasticsearch node as a child JVM, speaking the protocol of the real server-cli:
 *
 * <ol>
 *   <li>the node reads a serialized {@link ServerArgs} from its stdin, then keeps reading stdin:
 *       EOF makes it exit, the byte {@value #SHUTDOWN_REQUEST} asks it to shut down cleanly;
 *   <li>the node writes the char {@value #SERVER_READY_MARKER} to stderr once it is ready, and
 *       {@value #USER_EXCEPTION_MARKER} before a startup error meant for the user.
 * </ol>
 *
 * <p>The launcher exits with the node's exit code. On SIGTERM (or SIGINT) it sends the shutdown
 * request and waits up to {@code --stop-timeout-seconds} before killing the node.
 *
 * <p>Options: {@code --home DIR --data DIR --logs DIR --tmp DIR [--conf DIR] [--heap 512m]
 * [--http-port 9200] [--transport-port 9300] [--node-pid-file FILE] [--ready-file FILE]
 * [--stop-timeout-seconds 30] [--jvm-opt OPT]... [-E key=value]...}
 */
public final class Launcher {

  static final char SERVER_READY_MARKER = '\u0018';
  static final char USER_EXCEPTION_MARKER = '\u0015';
  static final byte SHUTDOWN_REQUEST = 0x1B;

  private final Options options;
  private final PrintStream log;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();

  Launcher(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    int exit = new Launcher(options, System.out).run();
    System.exit(exit);
  }

  int run() throws Exception {
    Environment env = environment();
    ServerArgs serverArgs =
        new ServerArgs(
            false,
            false,
            null,
            KeyStoreWrapper.create(),
            env.settings(),
            env.configDir(),
            env.logsDir());

    List<String> command = nodeCommand();
    say("starting node: " + String.join(" ", command));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().remove("ES_JAVA_OPTS");
    builder.environment().put("ES_TMPDIR", options.tmp.toString());
    // The node checks that native code may use a tmp dir it can execute from.
    builder.environment().put("LIBFFI_TMPDIR", options.tmp.toString());
    Process node = builder.start();
    if (options.nodePidFile != null) {
      Files.writeString(options.nodePidFile, node.pid() + "\n");
    }

    Thread pump = new Thread(() -> pumpStderr(node.getErrorStream()), "node-stderr");
    pump.setDaemon(true);
    pump.start();

    OutputStream stdin = node.getOutputStream();
    try (OutputStreamStreamOutput out = new OutputStreamStreamOutput(nonClosing(stdin))) {
      serverArgs.writeTo(out);
      out.flush();
    }
    // stdin stays open: EOF would make the node exit.

    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node, stdin), "launcher-stop"));

    int code = node.waitFor();
    pump.join(2000);
    if (!stopping.get()) {
      say("node exited with code " + code + (ready.getCount() == 0 ? "" : " before it was ready"));
    }
    deleteQuietly(options.nodePidFile);
    deleteQuietly(options.readyFile);
    return code;
  }

  private Environment environment() {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("path.home", options.home.toString());
    overrides.put("path.data", options.data.toString());
    overrides.put("path.logs", options.logs.toString());
    overrides.put("http.port", Integer.toString(options.httpPort));
    overrides.put("transport.port", Integer.toString(options.transportPort));
    overrides.putAll(options.settings);
    return InternalSettingsPreparer.prepareEnvironment(
        Settings.EMPTY, overrides, options.conf, () -> "akhbar-local");
  }

  List<String> nodeCommand() throws IOException {
    Path lib = options.home.resolve("lib");
    Path bridge;
    try (Stream<Path> jars = Files.list(lib.resolve("entitlement-bridge"))) {
      bridge =
          jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException("no jar in " + lib.resolve("entitlement-bridge")));
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(options.java);
    cmd.add("-Dakhbar.infra=elasticsearch");
    cmd.add("-Xms" + options.heap);
    cmd.add("-Xmx" + options.heap);
    cmd.add("-Xss1m");
    cmd.add("-XX:+UseG1GC");
    cmd.add("-XX:-OmitStackTraceInFastThrow");
    cmd.add("-XX:ErrorFile=" + options.logs.resolve("hs_err_pid%p.log"));
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Dsun.stdout.encoding=UTF-8");
    cmd.add("-Dsun.stderr.encoding=UTF-8");
    cmd.add("-Djava.locale.providers=CLDR");
    cmd.add("-Djava.io.tmpdir=" + options.tmp);
    cmd.add("-Des.networkaddress.cache.ttl=60");
    cmd.add("-Des.networkaddress.cache.negative.ttl=10");
    cmd.add("-Dio.netty.noUnsafe=true");
    cmd.add("-Dio.netty.noKeySetOptimization=true");
    cmd.add("-Dio.netty.recycler.maxCapacityPerThread=0");
    cmd.add("-Dlog4j.shutdownHookEnabled=false");
    cmd.add("-Dlog4j2.disable.jmx=true");
    cmd.add("-Dlog4j2.formatMsgNoLookups=true");
    cmd.add("-Des.path.home=" + options.home);
    cmd.add("-Des.path.conf=" + options.conf);
    cmd.add("-Des.distribution.type=tar");
    // libvec (native vector kernels) is not published; libzstd comes from the OS.
    cmd.add("-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false");
    // Entitlements: the node attaches lib/entitlement-agent/ to itself.
    cmd.add("-Djdk.attach.allowAttachSelf=true");
    cmd.add("-XX:+EnableDynamicAgentLoading");
    cmd.add("--patch-module=java.base=" + bridge);
    cmd.add(
        "--add-exports=java.base/org.elasticsearch.entitlement.bridge="
            + "org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net");
    cmd.add("--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core");
    cmd.add("--add-modules=jdk.incubator.vector");
    cmd.addAll(options.jvmOpts);
    cmd.add("--module-path");
    cmd.add(lib.toString());
    cmd.add("--add-modules=jdk.net");
    cmd.add("--add-modules=ALL-MODULE-PATH");
    cmd.add("-m");
    cmd.add("org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch");
    return cmd;
  }

  private void pumpStderr(InputStream err) {
    try {
      byte[] buf = new byte[8192];
      int n;
      while ((n = err.read(buf)) >= 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == SERVER_READY_MARKER || buf[i] == USER_EXCEPTION_MARKER) {
            System.err.write(buf, start, i - start);
            start = i + 1;
            if (buf[i] == SERVER_READY_MARKER) {
              onReady();
            }
          }
        }
        System.err.write(buf, start, n - start);
        System.err.flush();
      }
    } catch (IOException e) {
      // node gone
    }
  }

  private void onReady() {
    ready.countDown();
    say("node is ready");
    if (options.readyFile != null) {
      try {
        Files.writeString(options.readyFile, Instant.now() + "\n");
      } catch (IOException e) {
        say("cannot write " + options.readyFile + ": " + e);
      }
    }
  }

  private void stop(Process node, OutputStream stdin) {
    stopping.set(true);
    if (!node.isAlive()) {
      return;
    }
    say("stopping node (pid " + node.pid() + ")");
    try {
      stdin.write(SHUTDOWN_REQUEST);
      stdin.flush();
    } catch (IOException e) {
      say("cannot send the shutdown request (" + e.getMessage() + "); terminating the node");
      node.destroy();
    }
    try {
      if (!node.waitFor(options.stopTimeoutSeconds, TimeUnit.SECONDS)) {
        say("node did not stop within " + options.stopTimeoutSeconds + "s; killing it");
        node.destroyForcibly();
        node.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      node.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    say("node stopped");
    deleteQuietly(options.nodePidFile);
    deleteQuietly(options.readyFile);
  }

  private void say(String message) {
    log.println("[" + Instant.now() + "] akhbar-launcher: " + message);
    log.flush();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // best effort
      }
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** Command-line options of the launcher. */
  static final class Options {
    Path home;
    Path conf;
    Path data;
    Path logs;
    Path tmp;
    String heap = "512m";
    int httpPort = 9200;
    int transportPort = 9300;
    Path nodePidFile;
    Path readyFile;
    int stopTimeoutSeconds = 30;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    final List<String> jvmOpts = new ArrayList<>();
    final Map<String, String> settings = new LinkedHashMap<>();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String key = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + key);
        }
        String value = args[++i];
        switch (key) {
          case "--home" -> o.home = absolute(value);
          case "--conf" -> o.conf = absolute(value);
          case "--data" -> o.data = absolute(value);
          case "--logs" -> o.logs = absolute(value);
          case "--tmp" -> o.tmp = absolute(value);
          case "--heap" -> o.heap = value;
          case "--http-port" -> o.httpPort = Integer.parseInt(value);
          case "--transport-port" -> o.transportPort = Integer.parseInt(value);
          case "--node-pid-file" -> o.nodePidFile = absolute(value);
          case "--ready-file" -> o.readyFile = absolute(value);
          case "--stop-timeout-seconds" -> o.stopTimeoutSeconds = Integer.parseInt(value);
          case "--java" -> o.java = value;
          case "--jvm-opt" -> o.jvmOpts.add(value);
          case "-E" -> {
            int eq = value.indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException("-E expects key=value, got " + value);
            }
            o.settings.put(value.substring(0, eq), value.substring(eq + 1));
          }
          default -> throw new IllegalArgumentException("unknown option " + key);
        }
      }
      if (o.home == null || o.data == null || o.logs == null || o.tmp == null) {
        throw new IllegalArgumentException("--home, --data, --logs and --tmp are required");
      }
      if (o.conf == null) {
        o.conf = o.home.resolve("config");
      }
      return o;
    }

    private static Path absolute(String value) {
      return Path.of(value).toAbsolutePath().normalize();
    }
  }

  static {
    // The launcher's own stdout is the node's log; keep it UTF-8 whatever the locale says.
    System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}
