import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Widths a card is looked at: Teams on a desktop gives a card about 560 px, a phone about 360. */
export const WIDTHS = { desktop: 560, phone: 360 } as const;

const ROOT = join(__dirname, '..', '..', 'node_modules', 'adaptivecards', 'dist');

/**
 * Draws an Adaptive Card the way the open-source renderer Teams is built on draws it, at a given
 * width, and saves a PNG. Teams' own styles differ a little; what this shows is wrapping, order,
 * what is missing and what overflows, e.g. at phone width, which the Playground cannot show.
 */
export async function renderCard(browser: Browser, card: unknown, width: number, path: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: width + 32, height: 600 }, deviceScaleFactor: 1 });
  try {
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${readFileSync(join(ROOT, 'adaptivecards.css'), 'utf8')}
      body { margin: 16px; font-family: "Segoe UI", system-ui, sans-serif; background: #f5f5f5; }
      #card { width: ${width}px; background: white; border: 1px solid #e0e0e0; border-radius: 4px; }
      .ac-pushButton { border: 1px solid #d1d1d1; background: white; border-radius: 4px; padding: 6px 10px; font-weight: 600; margin: 2px 0; }
      .ac-pushButton.style-positive { background: #5b5fc7; color: white; }
      .ac-pushButton.style-destructive { color: #c4314b; }
      </style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'adaptivecards.js'), 'utf8') });
    const problem = await page.evaluate((json) => {
      // The renderer's global, from the script tag above, and the page's document (no DOM types here).
      const { AdaptiveCards: AC, document: doc } = globalThis as unknown as { AdaptiveCards: any; document: any };
      const adaptive = new AC.AdaptiveCard();
      adaptive.hostConfig = new AC.HostConfig({ fontFamily: 'Segoe UI, system-ui, sans-serif', supportsInteractivity: true });
      adaptive.parse(json);
      const el = adaptive.render();
      if (!el) return 'the renderer drew nothing';
      doc.getElementById('card').appendChild(el);
      return '';
    }, card);
    if (problem) throw new Error(`renderCard(): ${problem}.`);
    await page.locator('#card').screenshot({ path });
  } finally {
    await page.close();
  }
}
