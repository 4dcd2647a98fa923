package dev.akhbar.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.ParsedArticle;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.parser.extract.DemoCorpus;
import dev.akhbar.testsupport.Infra;
import dev.akhbar.testsupport.TestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The parser on the real broker of deploy/local, on topics and in a consumer group of this test run
 * ({@link OwnKafkaTopics}), so that its pages never reach the services that read the real topics.
 */
@QuarkusTest
@QuarkusTestResource(value = OwnKafkaTopics.class, restrictToAnnotatedClass = true)
class ParserKafkaIT {
  private static final String RUN = OwnKafkaTopics.RUN;

  static String bootstrap() {
    return Infra.kafkaBootstrap();
  }

  @Test
  @Timeout(180)
  void parsesFromTheBrokerAndDeadLettersBadInputWhileTheNextPageGoesThrough() {
    RawPage arabic =
        DemoCorpus.rawPage(
            DemoCorpus.AR_ARTICLE, "https://akhbar-demo.example/it-" + RUN + "/moscow-us-meeting/");
    RawPage listing =
        DemoCorpus.rawPage(DemoCorpus.AR_LISTING, "https://akhbar-demo.example/it-" + RUN + "/");
    RawPage english =
        DemoCorpus.rawPage(
            DemoCorpus.EN_ARTICLE, "https://harbour-gazette.example/it-" + RUN + "/strike-ends");
    String badKey = ArticleId.of("https://broken.example/it-" + RUN);

    try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
      try (KafkaProducer<String, String> producer = producer()) {
        // One partition, so the order is kept: good, malformed, listing, good.
        send(producer, arabic);
        send(producer, badKey, "{\"id\": \"" + badKey + "\", \"url\": ");
        send(producer, listing);
        send(producer, english);
        producer.flush();
      }

      Map<String, ConsumerRecord<String, String>> parsed = new HashMap<>();
      Map<String, ConsumerRecord<String, String>> dead = new HashMap<>();
      List<String> ours = List.of(arabic.id(), english.id(), badKey, listing.id());
      await()
          .atMost(Duration.ofSeconds(150))
          .until(
              () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                  if (ours.contains(r.key())) {
                    (r.topic().equals(OwnKafkaTopics.DLQ) ? dead : parsed).put(r.key(), r);
                  }
                }
                return parsed.size() >= 2 && dead.size() >= 2;
              });

      assertThat(parsed).containsOnlyKeys(arabic.id(), english.id());
      ConsumerRecord<String, String> first = parsed.get(arabic.id());
      ParsedArticle article = EventCodec.read(first.value(), ParsedArticle.class);
      EventSchemas.assertValid(article);
      assertThat(article.id()).isEqualTo(arabic.id());
      assertThat(article.title()).isEqualTo("موسكو: اجتماع روسي أمريكي جديد الأسبوع الجاري");
      assertThat(article.body()).doesNotContain("اترك تعليقاً").doesNotContain("اخر الاخبار");
      assertThat(header(first, CloudEvents.HEADER_TYPE)).isEqualTo(CloudEvents.TYPE_ARTICLE_PARSED);
      assertThat(header(first, CloudEvents.HEADER_SOURCE)).isEqualTo(CloudEvents.SOURCE_PARSER);
      assertThat(header(first, CloudEvents.HEADER_SUBJECT)).isEqualTo(arabic.id());
      assertThat(header(first, CloudEvents.HEADER_SPECVERSION)).isEqualTo(CloudEvents.SPEC_VERSION);
      assertThat(header(first, CloudEvents.HEADER_ID)).isNotBlank();
      assertThat(header(first, CloudEvents.HEADER_TIME)).isNotBlank();
      EventMetadata event = KafkaHeaders.metadata(first.headers());
      assertThat(event.type()).isEqualTo(CloudEvents.TYPE_ARTICLE_PARSED);
      assertThat(event.time()).isEqualTo(article.parsedAt());
      assertThat(event.dataSchema()).isEqualTo(EventType.PARSED_ARTICLE.schemaId());
      assertThat(event.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
      EventSchemas.assertValid(
          EventCodec.read(parsed.get(english.id()).value(), ParsedArticle.class));

      DeadLetter malformed = DeadLetter.from(dead.get(badKey));
      assertThat(malformed.stage()).isEqualTo("parser");
      assertThat(malformed.reason()).contains("RawPage");
      assertThat(malformed.sourceTopic()).isEqualTo(OwnKafkaTopics.RAW);
      DeadLetter notArticle = DeadLetter.from(dead.get(listing.id()));
      assertThat(notArticle.reason()).startsWith("Not an article");
      assertThat(notArticle.payload()).isEqualTo(EventCodec.write(listing));
      // a dead letter keeps the headers of the event it carries, the dead-letter-* ones added
      EventMetadata deadEvent = KafkaHeaders.metadata(dead.get(listing.id()).headers());
      assertThat(deadEvent.type()).isEqualTo(CloudEvents.TYPE_PAGE_RAW);
      assertThat(deadEvent.dataSchema()).isEqualTo(EventType.RAW_PAGE.schemaId());
      assertThat(deadEvent.subject()).isEqualTo(listing.id());
    }
  }

  /** As the fetcher sends it: keyed by article id, with its CloudEvents headers. */
  private static void send(KafkaProducer<String, String> producer, RawPage page) {
    producer.send(
        new ProducerRecord<>(
            OwnKafkaTopics.RAW,
            0,
            page.id(),
            EventCodec.write(page),
            KafkaHeaders.of(EventMetadata.of(EventType.RAW_PAGE, page.id(), page.fetchedAt()))));
  }

  private static void send(KafkaProducer<String, String> producer, String key, String value) {
    producer.send(new ProducerRecord<>(OwnKafkaTopics.RAW, 0, key, value));
  }

  private static KafkaProducer<String, String> producer() {
    return TestTopics.producer();
  }

  /** A group-less consumer positioned at the current end of the output topics. */
  private static KafkaConsumer<String, String> consumerAtEnd() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(OwnKafkaTopics.PARSED, OwnKafkaTopics.DLQ)) {
      consumer
          .partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30)));
    return consumer;
  }

  private static String header(ConsumerRecord<String, String> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
