package dev.akhbar.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.indexer.bulk.Hold.Cause;
import dev.akhbar.indexer.bulk.ItemResult.Kind;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Error shapes as Elasticsearch 9 answers them (type, status, reason). */
class ErrorClassifierTest {
  private static final String INDEX = "akhbar-articles-2026";
  private final ErrorClassifier classifier = ErrorClassifier.load();

  @Test
  void writtenAndConflictingItemsAreSettled() {
    assertThat(classifier.item(201, null, null, INDEX).kind()).isEqualTo(Kind.INDEXED);
    assertThat(classifier.item(200, null, null, INDEX).kind()).isEqualTo(Kind.INDEXED);
    ItemResult stale =
        classifier.item(
            409,
            "version_conflict_engine_exception",
            "[x]: version conflict, current version [2] is higher or equal to the one provided [1]",
            INDEX);
    assertThat(stale.kind()).isEqualTo(Kind.STALE);
    assertThat(stale.settled()).isTrue();
  }

  @Test
  void contentErrorsRejectTheDocumentWithTheReason() {
    ItemResult mapping =
        classifier.item(
            400,
            "document_parsing_exception",
            "[1:120] failed to parse field [places.location] of type [geo_point]",
            INDEX);
    assertThat(mapping.kind()).isEqualTo(Kind.REJECTED);
    assertThat(mapping.reason())
        .startsWith("document_parsing_exception: ")
        .contains("places.location");
    assertThat(
            classifier
                .item(400, "strict_dynamic_mapping_exception", "[1:2] mapping set to strict", INDEX)
                .kind())
        .isEqualTo(Kind.REJECTED);
    assertThat(
            classifier
                .item(
                    400,
                    "illegal_argument_exception",
                    "Document contains at least one immense term",
                    INDEX)
                .kind())
        .isEqualTo(Kind.REJECTED);
    assertThat(classifier.item(400, "some_new_exception", "?", INDEX).kind())
        .as("an unknown 4xx on an item is the document's")
        .isEqualTo(Kind.REJECTED);
  }

  @Test
  void aWriteBlockHoldsTheDocumentNamingTheIndex() {
    ItemResult blocked =
        classifier.item(
            403,
            "cluster_block_exception",
            "index [" + INDEX + "] blocked by: [FORBIDDEN/8/index write (api)];",
            INDEX);
    assertThat(blocked.kind()).isEqualTo(Kind.HELD);
    assertThat(blocked.hold().cause()).isEqualTo(Cause.WRITE_BLOCK);
    assertThat(blocked.hold().describe())
        .startsWith("index write block on akhbar-articles-2026: cluster_block_exception: index");
  }

  @Test
  void theDiskFloodStageBlockHoldsToo() {
    ItemResult flood =
        classifier.item(
            429,
            "cluster_block_exception",
            "index ["
                + INDEX
                + "] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark,"
                + " index has read-only-allow-delete block];",
            INDEX);
    assertThat(flood.kind()).isEqualTo(Kind.HELD);
    assertThat(flood.hold().cause()).isEqualTo(Cause.WRITE_BLOCK);
  }

  @Test
  void credentialsAndPrivilegesHold() {
    assertThat(
            classifier
                .item(
                    401,
                    "security_exception",
                    "unable to authenticate with provided credentials",
                    INDEX)
                .hold()
                .cause())
        .isEqualTo(Cause.AUTHENTICATION);
    assertThat(
            classifier
                .item(
                    403,
                    "security_exception",
                    "action [indices:data/write/bulk[s]] is unauthorized for API key id [k]",
                    INDEX)
                .hold()
                .cause())
        .isEqualTo(Cause.AUTHORIZATION);
    assertThat(
            classifier.request(401, "security_exception", "missing authentication", null).cause())
        .isEqualTo(Cause.AUTHENTICATION);
    assertThat(classifier.request(401, null, "Unauthorized", null).cause())
        .as("a proxy's 401 without an Elasticsearch body")
        .isEqualTo(Cause.AUTHENTICATION);
    assertThat(classifier.request(403, "security_exception", "unauthorized", "t").cause())
        .isEqualTo(Cause.AUTHORIZATION);
  }

  @Test
  void theShardLimitWhenCreatingAnIndexHolds() {
    Hold limit =
        classifier.request(
            400,
            "validation_exception",
            "Validation Failed: 1: this action would add [1] shards, but this cluster currently"
                + " has [12]/[12] maximum normal shards open;",
            "akhbar-articles-2019");
    assertThat(limit.cause()).isEqualTo(Cause.SHARD_LIMIT);
    assertThat(limit.headline()).isEqualTo("shard limit reached on akhbar-articles-2019");
    assertThat(
            classifier
                .item(400, "validation_exception", "Validation Failed: 1: id is too long", INDEX)
                .kind())
        .as("other validation errors of an item are the document's")
        .isEqualTo(Kind.REJECTED);
  }

  @Test
  void overloadAndUnavailabilityHold() {
    assertThat(
            classifier
                .item(429, "es_rejected_execution_exception", "queue full", INDEX)
                .hold()
                .cause())
        .isEqualTo(Cause.OVERLOAD);
    assertThat(
            classifier
                .item(429, "circuit_breaking_exception", "[parent] Data too large", INDEX)
                .hold()
                .cause())
        .isEqualTo(Cause.OVERLOAD);
    assertThat(
            classifier
                .item(503, "unavailable_shards_exception", "primary shard is not active", INDEX)
                .kind())
        .isEqualTo(Kind.HELD);
    assertThat(
            classifier
                .item(404, "index_not_found_exception", "no such index", INDEX)
                .hold()
                .cause())
        .isEqualTo(Cause.INDEX_MISSING);
    assertThat(classifier.item(400, "index_closed_exception", "closed", INDEX).hold().cause())
        .isEqualTo(Cause.INDEX_CLOSED);
    assertThat(classifier.request(0, null, "ConnectException: Connection refused", null).cause())
        .isEqualTo(Cause.UNREACHABLE);
    assertThat(classifier.request(502, null, "Bad Gateway", null).cause())
        .isEqualTo(Cause.UNAVAILABLE);
    assertThat(classifier.request(429, "es_rejected_execution_exception", "full", null).cause())
        .isEqualTo(Cause.OVERLOAD);
  }

  @Test
  void aServerErrorOnOneDocumentIsSuspectNotHeldNorRejected() {
    ItemResult npe = classifier.item(500, "null_pointer_exception", "oops", INDEX);
    assertThat(npe.kind()).isEqualTo(Kind.SUSPECT);
    assertThat(npe.hold().cause()).isEqualTo(Cause.SERVER_ERROR);
  }

  @Test
  void aRequestTooLargeIsContentEveryOtherRequestFailureHolds() {
    assertThat(classifier.request(413, null, "Request Entity Too Large", null))
        .as("null: split the request")
        .isNull();
    assertThat(classifier.request(400, "illegal_argument_exception", "bad request", null).cause())
        .as("a request we built is refused: not the documents' fault")
        .isEqualTo(Cause.REFUSED);
  }

  @Test
  void refusesRulesWithAnUnknownVerdict() {
    assertThatThrownBy(
            () ->
                ErrorClassifier.parse(
                    new BufferedReader(new StringReader("WRITEBLOCK cluster_block_exception\n"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
