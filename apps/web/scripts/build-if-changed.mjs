// `npm start` builds the web app only when its inputs changed since the last build: a warm start skips the ~4 s.
// The inputs: the app's sources, the libs' domain code it imports, its config and the lockfile.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const outDir = process.env.WEB_ROOT ?? join(root, 'apps', 'web', 'dist');
const stamp = join(outDir, '.inputs-hash');
const inputs = ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/vite.config.mts', 'package-lock.json'];
for (const lib of readdirSync(join(root, 'libs'))) inputs.push(`libs/${lib}/src/domain`);

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
  else yield path;
}

const hash = createHash('sha256');
for (const input of inputs) for (const file of files(join(root, input))) hash.update(relative(root, file)).update(readFileSync(file));
const digest = hash.digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(join(outDir, 'index.html'))) process.exit(0);
const started = Date.now();
process.stdout.write('Building the web app (apps/web) …\n');
execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(root, 'apps', 'web', 'vite.config.mts'), '--outDir', outDir, '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
writeFileSync(stamp, digest);
process.stdout.write(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
