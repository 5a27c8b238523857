// Run by ocr.test.ts in a child process with the network cut off (no-network.mjs): read each
// file given and print one JSON line per file.
import { readFile } from 'node:fs/promises';
import { readOriginal, createOcrEngine } from '../../../src/import/formats/index.ts';

const ocr = await createOcrEngine();
for (const file of process.argv.slice(2)) {
  const started = performance.now();
  const result = await readOriginal(await readFile(file), file.split('/').pop()!, { ocr });
  console.log(JSON.stringify({ file, ms: Math.round(performance.now() - started), ...result }));
}
await ocr.terminate();
