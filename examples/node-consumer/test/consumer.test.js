// Against a real broker (AKHBAR_KAFKA_BOOTSTRAP, default the local one of `make up`): publishes the
// contract's golden enriched article as Akhbar's enricher does (keyed by article id, CloudEvents
// headers) and two broken records to a topic of this run, runs the consumer with a group of this
// run, and checks what it printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { run } from '../consumer.js';
import { REPO_SCHEMAS } from '../schemas.js';

const brokers = (process.env.AKHBAR_KAFKA_BOOTSTRAP || '127.0.0.1:19092').split(',');
const id = 'a4a806c2f848edc704c0d43727742015';

test('prints validated articles and rejects broken ones', { timeout: 120_000 }, async () => {
  const sample = await readFile(path.join(REPO_SCHEMAS, '../samples/enriched-article.v1.sample.json'), 'utf8');
  const topic = `example.articles.enriched.v1.${randomUUID()}`;
  const kafka = new Kafka({ clientId: 'example-test', brokers, logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  try {
    const headers = {
      ce_specversion: '1.0',
      ce_id: randomUUID(),
      ce_type: 'dev.akhbar.article.enriched.v1',
      ce_source: '/akhbar/enricher',
      ce_time: new Date().toISOString(),
      ce_subject: id,
      ce_dataschema: 'https://akhbar.dev/schemas/enriched-article.v1.json',
      'content-type': 'application/json',
    };
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { key: id, value: sample, headers },
        { key: id, value: '{"article":{}}', headers }, // valid headers, value breaks the schema
        { key: id, value: sample }, // no CloudEvents headers
      ],
    });
    await producer.disconnect();

    const lines = [];
    const n = await run({ brokers, topic, groupId: `example-test.${randomUUID()}`, print: (l) => lines.push(l), maxRecords: 3 });
    console.log(lines.join('\n'));
    assert.equal(n, 3);
    assert.match(lines[0], new RegExp(`^OK ${id} \\[ar\\] `));
    assert.match(lines[1], /^REJECTED .*enrichment/);
    assert.match(lines[2], /^REJECTED .*CloudEvents/);
  } finally {
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  }
});
