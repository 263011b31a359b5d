// Renders the marketplace icon media/icon.png (128x128) from the SVG below with headless Chromium
// (playwright-core, Debian's chromium). Run after changing the drawing: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser, cleanupAll } from './vscode-server.mjs';

// A page of text with highlighted names, under a magnifying lens that shows one name enlarged.
// Highlight colours follow the extension's dark-theme kinds: person, place, organization, quote, date.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#23466f"/>
      <stop offset="1" stop-color="#0e2138"/>
    </linearGradient>
    <radialGradient id="glass" cx="0.4" cy="0.35" r="0.75">
      <stop offset="0" stop-color="#ffffff"/>
      <stop offset="1" stop-color="#e4edf7"/>
    </radialGradient>
    <clipPath id="lens"><circle cx="80" cy="74" r="23"/></clipPath>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#bg)"/>
  <rect x="18" y="18" width="70" height="90" rx="7" fill="#f6f4ee"/>
  <g>
    <rect x="27" y="30" width="36" height="6" rx="3" fill="#c3c7cf"/>
    <rect x="27" y="43" width="16" height="6" rx="3" fill="#4fa3e0"/>
    <rect x="46" y="43" width="30" height="6" rx="3" fill="#c3c7cf"/>
    <rect x="27" y="56" width="22" height="6" rx="3" fill="#c3c7cf"/>
    <rect x="27" y="69" width="12" height="6" rx="3" fill="#3fb68f"/>
    <rect x="27" y="82" width="28" height="6" rx="3" fill="#e0a458"/>
    <rect x="27" y="95" width="20" height="6" rx="3" fill="#c3c7cf"/>
  </g>
  <circle cx="80" cy="74" r="23" fill="url(#glass)"/>
  <g clip-path="url(#lens)">
    <rect x="54" y="57" width="54" height="12" rx="6" fill="#4fa3e0"/>
    <rect x="54" y="79" width="30" height="12" rx="6" fill="#b07cc6"/>
    <rect x="88" y="79" width="30" height="12" rx="6" fill="#c3c7cf"/>
  </g>
  <path d="M97 91 L112 106" stroke="#f2b33d" stroke-width="12" stroke-linecap="round"/>
  <circle cx="80" cy="74" r="23" fill="none" stroke="#f2b33d" stroke-width="7"/>
  <path d="M66 62 A17 17 0 0 1 78 56" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" opacity="0.9"/>
</svg>`;

const { browser } = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(join(ROOT, 'media', 'icon.png'), png);
  console.log(`media/icon.png: ${png.length} bytes`);
} finally {
  await cleanupAll();
}
