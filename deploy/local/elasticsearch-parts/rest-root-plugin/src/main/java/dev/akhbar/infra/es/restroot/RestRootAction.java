package dev.akhbar.infra.es.restroot;

import static org.elasticsearch.rest.RestRequest.Method.GET;
import static org.elasticsearch.rest.RestRequest.Method.HEAD;

import java.util.List;
import java.util.function.Supplier;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/**
 * {@code GET /}: the node's name, cluster and version, in the shape of Elasticsearch's main
 * response (what the 9.x Java client's {@code info()} parses). {@code HEAD /} answers 200 with no
 * body ({@code ping()}).
 */
final class RestRootAction extends BaseRestHandler {

  private final Supplier<ClusterService> clusterService;

  RestRootAction(Supplier<ClusterService> clusterService) {
    this.clusterService = clusterService;
  }

  @Override
  public String getName() {
    return "akhbar_main_action";
  }

  @Override
  public List<Route> routes() {
    return List.of(new Route(GET, "/"), new Route(HEAD, "/"));
  }

  @Override
  protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
    return channel -> {
      ClusterService cluster = clusterService.get();
      Build build = Build.current();
      XContentBuilder body = channel.newBuilder();
      body.startObject();
      body.field("name", cluster.getNodeName());
      body.field("cluster_name", cluster.getClusterName().value());
      body.field("cluster_uuid", cluster.state().metadata().clusterUUID());
      body.startObject("version");
      body.field("number", build.qualifiedVersion());
      body.field("build_flavor", build.flavor());
      body.field("build_type", build.type().displayName());
      body.field("build_hash", build.hash());
      body.field("build_date", build.date());
      body.field("build_snapshot", build.isSnapshot());
      body.field("lucene_version", IndexVersion.current().luceneVersion().toString());
      body.field("minimum_wire_compatibility_version", build.minWireCompatVersion());
      body.field("minimum_index_compatibility_version", build.minIndexCompatVersion());
      body.endObject();
      body.field("tagline", "You Know, for Search");
      body.endObject();
      channel.sendResponse(new RestResponse(RestStatus.OK, body));
    };
  }
}
