// Draws the home-screen icons (public/icons/*.png) from the favicon's design with the Chromium the browser tests use:
// `node apps/web/scripts/make-icons.mjs`. The maskable ones fill the square and keep the glyph in the safe circle (80 %).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(out, { recursive: true });
const svg = (maskable) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%"><rect width="64" height="64" rx="${maskable ? 0 : 14}" fill="#0f766e"/>` +
  `<text x="32" y="${maskable ? 42 : 45}" font-size="${maskable ? 26 : 36}" text-anchor="middle" fill="#fff" font-family="Noto Sans CJK SC, sans-serif" font-weight="600">颐</text></svg>`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of [192, 512]) {
    for (const maskable of [false, true]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg(maskable)}</body></html>`);
      await page.screenshot({ path: `${out}icon-${size}${maskable ? '-maskable' : ''}.png`, omitBackground: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
