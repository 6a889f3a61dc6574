// Opens the HTML governance report in Debian's headless Chromium (driven by puppeteer-core, which
// downloads no browser) at A4 width, and checks that it loads with no console errors or warnings,
// no page errors and no request outside the file; that its diagrams are SVG that draw and fit the
// page; and that nothing scrolls sideways. Writes screenshots: the first A4 screen, and the page.
// Usage: node check-html.mjs REPORT.html FIRST-SCREEN.png FULL-PAGE.png [DELEGATIONS-FIGURE.png]
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [html, firstScreen, fullPage, delegationsFigure] = process.argv.slice(2);
const A4 = { width: 794, height: 1123 }; // A4 at 96 dots per inch
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('requestfailed', (r) => problems.push('request failed: ' + r.url()));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push('request outside the file: ' + r.url());
  });
  await page.setViewport(A4);
  await page.goto('file://' + path.resolve(html), { waitUntil: 'load' });

  const figures = await page.$$eval('figure', (els) => els.map((f) => {
    const svg = f.querySelector('svg');
    const box = svg ? svg.getBoundingClientRect() : null;
    return {
      id: f.id,
      svg: !!svg && svg.namespaceURI === 'http://www.w3.org/2000/svg',
      width: box ? box.width : 0,
      height: box ? box.height : 0,
      texts: svg ? svg.querySelectorAll('text').length : 0,
      shapes: svg ? svg.querySelectorAll('rect, polygon, path').length : 0,
    };
  }));
  if (figures.length < 2) problems.push(`expected the structure and delegations diagrams, found ${figures.length} figures`);
  for (const f of figures) {
    if (!f.svg) problems.push(`${f.id}: no SVG`);
    if (f.width <= 0 || f.height <= 0) problems.push(`${f.id}: the SVG draws nothing (${f.width} x ${f.height})`);
    if (f.width > A4.width) problems.push(`${f.id}: ${f.width} px wide, wider than A4`);
    if (f.texts === 0 || f.shapes === 0) problems.push(`${f.id}: no text or shapes in the SVG`);
    console.log(`html: ${f.id} is SVG, ${Math.round(f.width)} x ${Math.round(f.height)} px, ${f.texts} texts`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px at A4 width`);
  const brokenLinks = await page.$$eval('a[href^="#"]', (as) => as.map((a) => a.getAttribute('href').slice(1))
    .filter((id) => !document.getElementById(id)));
  if (brokenLinks.length) problems.push('links to nothing in the page: ' + brokenLinks.join(', '));

  await page.screenshot({ path: firstScreen });
  await page.screenshot({ path: fullPage, fullPage: true });
  if (delegationsFigure) {
    const figure = await page.$('#diagram-delegations');
    await figure.screenshot({ path: delegationsFigure });
  }
  console.log(`html: screenshots ${firstScreen} and ${fullPage}`);
} finally {
  await browser.close();
}
if (problems.length) {
  for (const p of problems) console.error('html: ' + p);
  process.exit(1);
}
console.log('html: ' + html + ' loads cleanly in Chromium');
