// make docs-events: docs/asyncapi.yaml -> <out>/index.html (one self-contained page), with the
// AsyncAPI generator and its HTML template, installed from npm (no template download at run time).
// Usage: node render.mjs <asyncapi.yaml> <out dir>
import Generator from '@asyncapi/generator';
import { createRequire } from 'node:module';
import path from 'node:path';

const [, , spec, out] = process.argv;
if (!spec || !out) {
  console.error('usage: node render.mjs <asyncapi.yaml> <out dir>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const template = path.dirname(require.resolve('@asyncapi/html-template/package.json'));
const generator = new Generator(template, path.resolve(out), {
  forceWrite: true,
  install: false,
  templateParams: { singleFile: 'true', outFilename: 'index.html' },
});
await generator.generateFromFile(path.resolve(spec));
console.log('wrote ' + path.join(out, 'index.html'));
