import { describe, it } from 'vitest';
import { desktop, phone } from './support/browser.ts';
import { useE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = useE2e();
const pages = ['/acc/inspections', '/indicators/schools', '/indicators/literacy', '/indicators/populations', '/indicators'];
describe('shots', () => {
  it('takes them', { timeout: 600_000 }, async () => {
    for (const [name, opts] of [['1440', { ...desktop, viewport: { width: 1440, height: 900 } }], ['375', phone]] as const) {
      const page = await e2e.session(accounts.office.username, accounts.office.password, opts);
      const summary = await (await page.request.get(`${e2e.url()}/api/acc/summary?year=2026`)).json();
      const id = summary.tasks.flatMap((x: { reports: { id: number }[] }) => x.reports)[0].id;
      for (const p of [...pages, `/acc/reports/${id}`]) {
        await page.goto(`${e2e.url()}${p}`);
        await page.waitForLoadState('networkidle');
        await page.waitForSelector('.demo-tag', { timeout: 90_000 }).catch(() => undefined);
        await page.evaluate(() => document.querySelector('.demo-tag')?.scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: `/tmp/kepu-shots-chinese/${name}${p.replace(/\//g, '_')}.png`, fullPage: false });
      }
    }
  });
});
