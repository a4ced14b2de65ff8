// Trunk post_build hook: drops comments, blank lines and indentation from
// the loader scripts and the stylesheet we ship (copied as they are), so the
// bytes a host downloads are code. In the scripts only whole comment lines
// go: a comment marker inside code or a string is never touched; the
// stylesheet has no strings with comment markers. The commented sources
// stay in assets/ and styles/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('strip-comments: run by Trunk (TRUNK_STAGING_DIR is not set)');

for (const name of ['embed.js', 'embed-frame.js', 'crash-notice.js']) {
  const path = join(dir, name);
  let inBlock = false;
  const kept = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      if (inBlock) {
        inBlock = !line.endsWith('*/');
        return false;
      }
      if (line.startsWith('/*')) {
        inBlock = !line.endsWith('*/');
        return false;
      }
      return line !== '' && !line.startsWith('//');
    });
  writeFileSync(path, `// SCORE Readiness: ${name} (commented source: assets/${name})\n${kept.join('\n')}\n`);
}

const css = join(dir, 'widget.css');
const rules = readFileSync(css, 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');
writeFileSync(css, `/* SCORE Readiness (commented source: styles/widget.css) */\n${rules.join('\n')}\n`);
