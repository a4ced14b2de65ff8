// Shrinks what wasm-bindgen writes, after Trunk has built it:
//  - every import the wasm takes from its JS glue gets a short name, in both
//    files. wasm-bindgen names them like `__wbg_setAttribute_7ac3c5d2a8e8d1f4`:
//    127 names with a 16-digit hash each, written twice, which gzip cannot
//    compress (about 3 KB of the bundle);
//  - the glue is minified with terser (Trunk's own minifier cannot parse it).
// Runs as Trunk's post_build hook (Trunk.toml), on the staging directory, so
// `trunk serve` and `trunk build` ship the same files.
//
//   node scripts/shrink-glue.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const MODULE = 'a';

/** Unsigned LEB128 read at `pos`: [value, next position]. */
function readLeb(bytes, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, pos];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from(leb(bytes.length)), bytes]);
}

/** a, b, … z, A, … Z, aa, ab, …: never a name wasm-bindgen uses. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let rest = index;
  do {
    text = letters[rest % letters.length] + text;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return text;
}

/** Skips an import's description (function, table, memory, global, tag). */
function skipDescription(bytes, pos) {
  const kind = bytes[pos++];
  const skipLimits = (p) => {
    const [flags, afterFlags] = readLeb(bytes, p);
    let [, next] = readLeb(bytes, afterFlags);
    if (flags & 1) [, next] = readLeb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0: return readLeb(bytes, pos)[1];
    case 1: return skipLimits(pos + 1);
    case 2: return skipLimits(pos);
    case 3: return pos + 2;
    case 4: return readLeb(bytes, pos + 1)[1];
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** Renames the wasm's imports; returns the new bytes and old → new names. */
export function renameImports(wasm) {
  const renamed = new Map();
  const out = [wasm.subarray(0, 8)];
  let pos = 8;
  let glueModule = null;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readLeb(wasm, pos + 1);
    const end = start + size;
    if (id !== 2) {
      out.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = readLeb(wasm, start);
    const body = [Buffer.from(leb(count))];
    while (count-- > 0) {
      const [moduleLength, moduleStart] = readLeb(wasm, p);
      const module = wasm.subarray(moduleStart, moduleStart + moduleLength).toString('utf8');
      const [fieldLength, fieldStart] = readLeb(wasm, moduleStart + moduleLength);
      const field = wasm.subarray(fieldStart, fieldStart + fieldLength).toString('utf8');
      const descriptionStart = fieldStart + fieldLength;
      const descriptionEnd = skipDescription(wasm, descriptionStart);
      glueModule ??= module;
      if (module !== glueModule) throw new Error(`imports from two modules: ${glueModule}, ${module}`);
      const short = shortName(renamed.size);
      renamed.set(field, short);
      body.push(name(MODULE), name(short), wasm.subarray(descriptionStart, descriptionEnd));
      p = descriptionEnd;
    }
    const section = Buffer.concat(body);
    out.push(Buffer.from([2, ...leb(section.length)]), section);
    pos = end;
  }
  return { wasm: Buffer.concat(out), renamed, glueModule };
}

/** The same renaming in the glue: the import object's keys and module. */
export function renameInGlue(js, renamed, glueModule) {
  let out = js;
  for (const [old, short] of renamed) {
    const key = new RegExp(`^(\\s*)${old}(\\s*:)`, 'm');
    if (!key.test(out)) throw new Error(`import ${old} not found in the glue`);
    out = out.replace(key, `$1${short}$2`);
  }
  const moduleKey = JSON.stringify(glueModule);
  if (!out.includes(`${moduleKey}:`)) throw new Error(`module ${moduleKey} not found in the glue`);
  return out.replace(`${moduleKey}:`, `${MODULE}:`);
}

async function main() {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: shrink-glue.mjs DIR');
  const wasmFile = readdirSync(dir).find((f) => f.endsWith('_bg.wasm'));
  if (!wasmFile) throw new Error(`no *_bg.wasm in ${dir}`);
  const jsFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  const { wasm, renamed, glueModule } = renameImports(readFileSync(join(dir, wasmFile)));
  const glue = renameInGlue(readFileSync(join(dir, jsFile), 'utf8'), renamed, glueModule);
  const minified = await minify(glue, { module: true, compress: true, mangle: true });
  writeFileSync(join(dir, wasmFile), wasm);
  writeFileSync(join(dir, jsFile), minified.code);
  console.log(`shrink-glue: ${renamed.size} imports renamed, ${jsFile} minified`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`shrink-glue: ${error.message}`);
    process.exit(1);
  });
}
