// Trunk post_build hook: minifies the loader scripts and the stylesheet we
// ship (Trunk copies them as they are) and the JS glue wasm-bindgen writes
// (Trunk's own minifier cannot parse it), so the bytes a host downloads are
// code. The scripts go through terser, as ES modules (every one is loaded
// as one); terser keeps exports and property names, so the glue still
// matches the wasm's import names. The stylesheet loses comments and the whitespace around braces,
// semicolons, commas, `>` and after colons; none of its strings holds those
// next to a space. The commented sources stay in assets/ and styles/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify-assets: run by Trunk (TRUNK_STAGING_DIR is not set)');

// The same hook serves both builds: the widget's (Trunk.toml) and the
// trainer's workbench (Trainer.toml); each has its own loader and glue.
const here = (name) => existsSync(join(dir, name));
const terse = async (path) => (await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true })).code;

for (const name of ['embed.js', 'embed-frame.js', 'workbench.js'].filter(here)) {
  const path = join(dir, name);
  writeFileSync(path, `// SCORE Readiness: ${name} (source: assets/${name})\n${await terse(path)}\n`);
}

for (const name of ['score-readiness.js', 'trainer.js'].filter(here)) {
  const glue = join(dir, name);
  writeFileSync(glue, `${await terse(glue)}\n`);
}

if (here('widget.css')) {
  const css = join(dir, 'widget.css');
  const rules = readFileSync(css, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
  writeFileSync(css, `/* SCORE Readiness (source: styles/widget.css) */\n${rules}\n`);
}

// The text catalogs without their indentation: a visitor downloads their
// language's interface before the first screen, its assessment words just
// after. The readable sources stay in catalogs/.
for (const name of readdirSync(join(dir, 'catalogs')).filter((file) => file.endsWith('.json'))) {
  const path = join(dir, 'catalogs', name);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}
