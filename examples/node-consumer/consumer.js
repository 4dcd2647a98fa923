#!/usr/bin/env node
// Reads Akhbar's enriched articles (akhbar.articles.enriched.v1) with kafkajs and prints one line
// per record: "OK <id> [<language>] <title> (...)" for an article whose CloudEvents headers and
// value are valid, "REJECTED <where>: <reason>" otherwise, and goes on. README.md explains it.
import { Kafka, logLevel } from 'kafkajs';
import { pathToFileURL } from 'node:url';
import { validatorFor } from './schemas.js';

export const TOPIC = 'akhbar.articles.enriched.v1';
const TYPE = 'dev.akhbar.article.enriched.v1';
const REQUIRED_HEADERS = ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time', 'ce_subject'];

/** One record -> one line. `headers` are kafkajs headers (Buffers); `validate` from schemas.js. */
export function lineFor(where, key, value, headers, validate) {
  const header = (name) => (headers?.[name] == null ? undefined : headers[name].toString('utf8'));
  if (header('ce_specversion') !== '1.0') return `REJECTED ${where}: not a CloudEvents 1.0 event`;
  const missing = REQUIRED_HEADERS.filter((h) => !header(h));
  if (missing.length) return `REJECTED ${where}: missing headers ${missing.join(', ')}`;
  if (header('ce_type') !== TYPE) return `REJECTED ${where}: not an enriched article but ${header('ce_type')}`;
  let event;
  try {
    event = JSON.parse(value);
  } catch (e) {
    return `REJECTED ${where}: not JSON (${e.message})`;
  }
  const errors = validate(event);
  if (errors.length) return `REJECTED ${where}: ${errors.join('; ')}`;
  if (event.article.id !== key) return `REJECTED ${where}: key ${key} is not the article id ${event.article.id}`;
  const e = event.enrichment;
  return `OK ${event.article.id} [${e.language.code}] ${event.article.title} (${e.entities.length} entities, story ${e.storyId})`;
}

/**
 * Consumes `topic` with group `groupId` from the earliest offset, printing a line per record to
 * `print`, until `maxRecords` were printed (then resolves with the count) or forever.
 */
export async function run({
  brokers = (process.env.AKHBAR_KAFKA_BOOTSTRAP || '127.0.0.1:19092').split(','),
  topic = process.env.AKHBAR_TOPIC || TOPIC,
  groupId = process.env.AKHBAR_GROUP || 'example-team.articles',
  ssl = process.env.AKHBAR_KAFKA_SSL_CA ? { ca: [process.env.AKHBAR_KAFKA_SSL_CA] } : undefined,
  sasl = process.env.AKHBAR_KAFKA_USERNAME
    ? { mechanism: 'scram-sha-512', username: process.env.AKHBAR_KAFKA_USERNAME, password: process.env.AKHBAR_KAFKA_PASSWORD }
    : undefined,
  print = (line) => console.log(line),
  maxRecords = Infinity,
} = {}) {
  const validate = await validatorFor('enriched-article.v1.json');
  const kafka = new Kafka({ clientId: groupId, brokers, ssl, sasl, logLevel: logLevel.ERROR });
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let printed = 0;
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  await consumer.run({
    eachMessage: async ({ topic: t, partition, message }) => {
      if (printed >= maxRecords) return;
      const where = `${t}/${partition}@${message.offset}`;
      print(lineFor(where, message.key?.toString('utf8'), message.value?.toString('utf8'), message.headers, validate));
      if (++printed >= maxRecords) done();
    },
  });
  const stop = async () => {
    await consumer.disconnect();
    done();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await finished;
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  await consumer.disconnect();
  return printed;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
