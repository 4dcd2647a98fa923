package dev.akhbar.infra.es.restroot;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/** Adds the {@code GET /} and {@code HEAD /} endpoint that the real rest-root module provides. */
public class RestRootPlugin extends Plugin implements ActionPlugin {

  private final SetOnce<ClusterService> clusterService = new SetOnce<>();

  @Override
  public Collection<?> createComponents(PluginServices services) {
    clusterService.set(services.clusterService());
    return List.of();
  }

  @Override
  public Collection<RestHandler> getRestHandlers(
      RestHandlersServices services,
      Supplier<DiscoveryNodes> nodes,
      Predicate<NodeFeature> clusterSupportsFeature) {
    return List.of(new RestRootAction(clusterService::get));
  }
}
