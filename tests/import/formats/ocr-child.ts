// Run by ocr.test.ts in a child process cut off from the network: read each file given and
// print one JSON line per file (the result, or the refusal's code and message).
import { readFile } from 'node:fs/promises';
import { readOriginal, createOcrEngine, isFormatError } from '../../../src/import/formats/index.ts';

const ocr = await createOcrEngine();
for (const file of process.argv.slice(2)) {
  const started = performance.now();
  try {
    const result = await readOriginal(await readFile(file), file.split('/').pop()!, { ocr });
    console.log(JSON.stringify({ file, ms: Math.round(performance.now() - started), ...result }));
  } catch (error) {
    if (!isFormatError(error)) throw error;
    console.log(JSON.stringify({ file, code: error.code, message: error.message }));
  }
}
await ocr.terminate();
