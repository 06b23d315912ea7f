import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * Playwright (playwright-core) driving Debian's Chromium: Playwright's own browser download fails on these machines.
 * `.ci/run` installs the package; without it the browser suites fail under CI=true and are skipped elsewhere.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, 'artifacts');
/** Screenshots the README shows; rewritten by `UPDATE_SCREENSHOTS=1 npm run test:browser`. */
export const README_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

export function describeWithBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) return describe(name, fn);
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a browser', () => {
        throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`);
      });
    });
    return;
  }
  process.stderr.write(`Skipping "${name}": no Chromium at ${CHROMIUM}.\n`);
  describe.skip(name, fn);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The machine's network is closed: without these Chromium keeps calling home and waits on refused connections.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  /** A tablet upright (768 × 1024) … */
  tablet: { width: 768, height: 1024 },
  /** … and held sideways at the nurses' station (1024 × 768). */
  tabletLandscape: { width: 1024, height: 768 },
  phone: { width: 375, height: 667 },
} as const;

export function newContext(browser: Browser, baseURL: string, viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: VIEWPORTS[viewport], locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
}

/** Signs in through the sign-in page, as a person does. */
export async function signIn(page: Page, username: string, password: string, options: { english?: boolean } = {}): Promise<void> {
  await page.getByLabel(options.english ? 'Username' : '用户名').fill(username);
  await page.getByLabel(options.english ? 'Password' : '密码').fill(password);
  await page.getByRole('button', { name: options.english ? 'Sign in' : /登\s*录/ }).click();
}

/** A new browser context signed in as the person, on the page the app sends them to. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  person: { username: string; password: string },
  viewport: keyof typeof VIEWPORTS = 'tablet',
): Promise<Page> {
  const page = await (await newContext(browser, baseURL, viewport)).newPage();
  await page.goto('/sign-in');
  await signIn(page, person.username, person.password);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/** axe-core's serious and critical findings on the page as it is now (GB/T 37668 / WCAG 2.1 AA rules). */
interface PageDocument {
  querySelector(selector: string): unknown;
  getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[];
}

export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[]; nodes: string[] }[]> {
  // A message fading out (antd's leave animation), or a table dimmed under its loading spinner, is judged at whatever
  // opacity it has reached: let the page settle first, as a person reading it would.
  await page
    .waitForFunction(
      () => {
        const document = (globalThis as unknown as { document: PageDocument }).document;
        if (document.querySelector('.ant-form-show-help-item-leave, [class*="-leave-active"], .ant-spin-spinning, .ant-spin-blur')) return false;
        // The table's un-dimming is a CSS transition that outlives its spinner: wait for every finite one to end.
        return document.getAnimations().every((animation) => animation.effect?.getTiming().iterations === Infinity || animation.playState !== 'running');
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact!, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')),
      // What failed and on which text: a CI log then says why, not only where.
      nodes: violation.nodes.map((node) => `${node.html.slice(0, 160)} — ${node.failureSummary ?? ''}`),
    }));
}

/**
 * How far the page is wider than its window (≤ 0: nothing to scroll sideways). A chart resizes on the frame after its
 * window does, later on a busy machine: the page is given up to 5 s to fit before the width is read.
 */
export async function horizontalOverflow(page: Page): Promise<number> {
  // Serialised into the page: self-contained.
  const overflow = () => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  };
  await page.waitForFunction(`(${overflow.toString()})() <= 0`, undefined, { timeout: 5_000 }).catch(() => undefined);
  return page.evaluate(overflow);
}

/**
 * The dialog named `name`, once antd has finished zooming it in: at the end of that motion the modal moves the focus
 * into itself, and a select opened before then loses the focus and closes its dropdown under the click (seen in CI
 * under load: the medical dialog's 类别 left empty).
 */
export async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } };
    return !document.querySelector('.ant-modal[class*="-appear"], .ant-modal[class*="-enter"]');
  });
  return dialog;
}

/**
 * Picks the option `text` of the select labelled `label` inside `scope` (typing `search` first, if given) and waits
 * until the field shows it and the dropdown has closed. Under load the dropdown can close under the click (a modal
 * still opening takes the focus back: see openedDialog) and pick nothing; the pick is then made again, up to three
 * times.
 */
export async function pickOption(page: Page, scope: Locator, label: string, text: string | RegExp, search?: string): Promise<void> {
  const field = scope.getByRole('combobox', { name: label });
  // `has` is queried inside each .ant-select, so it names the field from there.
  const shown = scope.locator('.ant-select', { has: page.getByRole('combobox', { name: label }) }).locator('.ant-select-content', { hasText: text });
  await pickUntilShown(page, async () => {
    await field.click();
    // A searchable select whose list is longer than it shows: the search narrows it first.
    if (search !== undefined) await field.fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click({ timeout: 10_000 });
    await shown.first().waitFor({ timeout: 5_000 });
  });
}

/**
 * Picks a region in a region picker (the tree select with a name search) inside `scope`: types `search`, clicks the
 * match `title` and waits until the field shows it and the dropdown has closed (a click meanwhile can land on its
 * closing animation). Under load a click can land while the search results re-render, or the dropdown close under it,
 * and pick nothing; the pick is then made again, up to three times.
 */
export async function pickRegion(page: Page, scope: Locator, label: string, search: string, title: string): Promise<void> {
  const field = scope.getByRole('combobox', { name: label });
  await pickUntilShown(page, async () => {
    await field.click();
    await field.fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: title }).first().click({ timeout: 10_000 });
    await scope.locator('.ant-select-content', { hasText: title }).first().waitFor({ timeout: 10_000 });
  });
}

/** Runs `pick` (open, choose, wait until the field shows it) up to three times, then waits for its dropdown to close. */
async function pickUntilShown(page: Page, pick: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await pick();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
}

/** An indicator's status before or after in the first region's result table of a scenario (情景推演). */
export function scenarioStatus(page: Page, indicator: string, side: 'before' | 'after') {
  const row = page.locator('.scenario-region').first().locator('tr', { has: page.locator(`[data-indicator="${indicator}"]`) });
  return row.locator('td').nth(side === 'before' ? 1 : 2).locator('[data-status]');
}

export async function screenshot(page: Page, name: string, options: { readme?: boolean } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (options.readme && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(README_SCREENSHOTS, `${name}.png`), fullPage: false });
  }
}
