import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import servicesSetup from '../../libs/testing/src/global-setup';

/** The browser tests run the web app as `npm start` serves it: built by Vite into apps/web/dist (skipped when unchanged). */
export default async function buildWebApp(): Promise<void> {
  const root = join(__dirname, '..', '..');
  // Jest sets NODE_ENV=test, which would give React's and antd's development builds (every useId answering "test-id",
  // so a dialog's name is whichever element took that id first): build what production serves.
  execFileSync(process.execPath, [join(root, 'apps', 'web', 'scripts', 'build-if-changed.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  await servicesSetup();
}
