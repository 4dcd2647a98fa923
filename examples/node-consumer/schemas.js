// The contract's JSON Schemas, compiled with Ajv (draft 2020-12, formats asserted). A schema names
// the others it uses by their $id (https://akhbar.dev/schemas/<file>); they are read from
// AKHBAR_SCHEMAS: a folder holding the files, or the base URL of any Akhbar service, which serves
// them at /schemas/<file> (e.g. http://akhbar-indexer:8084/schemas).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMA_ID_PREFIX = 'https://akhbar.dev/schemas/';

/** Inside the Akhbar repository: the schemas of services/events. */
export const REPO_SCHEMAS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../services/events/src/main/resources/dev/akhbar/events/schemas',
);

async function load(source, uri) {
  if (!uri.startsWith(SCHEMA_ID_PREFIX)) throw new Error(`not an Akhbar schema: ${uri}`);
  const file = uri.slice(SCHEMA_ID_PREFIX.length);
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(`${source.replace(/\/$/, '')}/${file}`);
    if (!response.ok) throw new Error(`${source}/${file}: HTTP ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(path.join(source, file), 'utf8'));
}

/**
 * Compiles the validator of one schema file (e.g. 'enriched-article.v1.json') and of the schemas
 * it refers to. Returns a function: value -> list of errors ([] when valid).
 */
export async function validatorFor(file, source = process.env.AKHBAR_SCHEMAS || REPO_SCHEMAS) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, loadSchema: (uri) => load(source, uri) });
  addFormats(ajv);
  const validate = await ajv.compileAsync(await load(source, SCHEMA_ID_PREFIX + file));
  return (value) =>
    validate(value) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
}
