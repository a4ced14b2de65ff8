// Accessibility audit: runs axe-core inside the page against WCAG 2.1 A/AA.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Resolves to the list of violations, each summarised for a readable failure. */
export async function axeViolations(page, selector = 'body') {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await AXE_SOURCE);
  }
  const result = await page.evaluate(
    (context) =>
      window.axe.run(context, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      }),
    selector,
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}
