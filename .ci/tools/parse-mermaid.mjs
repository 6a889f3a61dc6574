// Parses Mermaid files with Mermaid's own parser (the npm package), under jsdom in Node.
// Usage: node parse-mermaid.mjs FILE...   Exits 1 if any file does not parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'navigator', 'Element', 'HTMLElement', 'Node', 'DOMParser']) {
  Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
}
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

// A control: a broken diagram must be refused, or the checks below prove nothing.
try {
  await mermaid.parse('flowchart TB\n  n1["unclosed\n  n1 -->|x n2\n');
  console.error('mermaid: the parser accepted a broken diagram; the check is not working');
  process.exit(2);
} catch (expected) {
  // as it should be
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    if (!result || result.diagramType !== 'flowchart-v2') {
      throw new Error('parsed as ' + (result && result.diagramType) + ', not a flowchart');
    }
    console.log('mermaid: parses ' + file);
  } catch (e) {
    failed++;
    console.error('mermaid: DOES NOT PARSE ' + file + ': ' + (e && e.message ? e.message : e));
  }
}
process.exit(failed ? 1 : 0);
