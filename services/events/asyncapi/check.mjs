// Validates docs/asyncapi.yaml with the AsyncAPI parser (schema of the spec, its rulesets, every
// $ref resolved), then validates each message example (the golden samples) against the message's
// payload and headers schemas with Ajv (JSON Schema 2020-12, formats asserted).
// Usage: node check.mjs <asyncapi.yaml>. Prints one line per channel; exits 1 on any problem.
import { Parser, fromFile } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const file = process.argv[2];
if (!file) {
  console.error('usage: node check.mjs <asyncapi.yaml>');
  process.exit(2);
}
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const ERROR = 0;
const WARNING = 1;
const problems = [];
for (const d of diagnostics) {
  const where = d.path && d.path.length ? ' at ' + d.path.join('/') : '';
  if (d.severity === ERROR || d.severity === WARNING) {
    problems.push(`${d.code}: ${d.message}${where}`);
  }
}
if (!document) {
  problems.forEach((p) => console.error('  ' + p));
  console.error(`${file}: not a valid AsyncAPI document`);
  process.exit(1);
}

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
addFormats(ajv);
let examples = 0;
for (const channel of document.channels().all()) {
  const messages = channel.messages().all();
  console.log(`channel ${channel.address()}: ${messages.map((m) => m.name()).join(', ')}`);
  for (const message of messages) {
    const payload = schemaOf(message.payload()?.json());
    const headers = message.headers()?.json();
    for (const example of message.examples().all()) {
      examples++;
      const label = `${channel.address()} ${message.name()} example ${example.name() ?? ''}`;
      if (payload && example.hasPayload() && !ajv.validate(strip(payload), example.payload())) {
        problems.push(`${label}: payload ${ajv.errorsText(ajv.errors)}`);
      }
      if (headers && example.hasHeaders() && !ajv.validate(strip(headers), example.headers())) {
        problems.push(`${label}: headers ${ajv.errorsText(ajv.errors)}`);
      }
    }
  }
}
problems.forEach((p) => console.error('  ' + p));
console.log(
  `${document.channels().all().length} channels, ${examples} examples checked, ${problems.length} problems`,
);
process.exit(problems.length ? 1 : 0);

// A multi-format schema ({schemaFormat, schema}) is validated by its schema.
function schemaOf(json) {
  return json && json.schemaFormat && json.schema ? json.schema : json;
}

// The parser inlines every $ref; the $id of inlined files would make Ajv register the same id
// twice across messages, so validate copies without them.
function strip(schema) {
  return JSON.parse(JSON.stringify(schema, (k, v) => (k === '$id' || k === '$schema' || k.startsWith('x-parser') ? undefined : v)));
}
