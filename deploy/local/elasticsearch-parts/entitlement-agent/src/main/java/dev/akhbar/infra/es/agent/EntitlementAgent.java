package dev.akhbar.infra.es.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Java agent the Elasticsearch node attaches to itself at startup. It only hands the {@link
 * Instrumentation} to the node's entitlement initialization, whose class name arrives as the agent
 * argument. The agent lives in the unnamed module: the node exports that one package to it before
 * attaching, so the call goes through reflection.
 */
public final class EntitlementAgent {

  static final String DEFAULT_INIT_CLASS =
      "org.elasticsearch.entitlement.initialization.EntitlementInitialization";

  private EntitlementAgent() {}

  public static void agentmain(String agentArgs, Instrumentation inst) {
    String initClassName =
        agentArgs == null || agentArgs.isBlank() ? DEFAULT_INIT_CLASS : agentArgs.strip();
    try {
      Class<?> initClass = Class.forName(initClassName);
      Method initialize = initClass.getMethod("initialize", Instrumentation.class);
      initialize.invoke(null, inst);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("entitlement initialization failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "cannot call " + initClassName + ".initialize(Instrumentation)", e);
    }
  }

  public static void premain(String agentArgs, Instrumentation inst) {
    agentmain(agentArgs, inst);
  }
}
