import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
const [,, url, out, width = '1280', scheme = 'light', ...offsets] = process.argv;
const browser = await pw.launch({ executablePath: process.env.CHROMIUM_PATH ?? await chromium.executablePath(), args: [...chromium.args, '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme });
await page.goto(url);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', h);
for (const [i, off] of (offsets.length ? offsets : ['0']).entries()) {
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), clip: { x: 0, y: Number(off), width: Number(width), height: 1000 }, fullPage: true });
}
await browser.close();
