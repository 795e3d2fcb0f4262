import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** A Verdaccio registry on 127.0.0.1 that this process started, with a user to publish as. */
export interface LocalRegistry {
  url: string;
  /** An npm userconfig file holding the registry and the publishing token. */
  userconfig: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// Nothing is proxied: the registry holds only what we publish to it, so an @lsmp
// name can never be served from, or leak to, the public registry.
function verdaccioConfig(workDir: string): string {
  return `storage: ${join(workDir, 'storage')}
auth:
  htpasswd:
    file: ${join(workDir, 'htpasswd')}
    max_users: 10
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Verdaccio did not answer at ${url} within 30 s:\n${output()}`);
}

/** Adds a user the way `npm adduser` does and returns its token. */
async function createUser(url: string): Promise<string> {
  const name = 'lsmp-rehearsal';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `rehearsal-${Date.now()}`, email: 'rehearsal@example.invalid' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Verdaccio refused the user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** Starts Verdaccio 5 on 127.0.0.1 with its storage in `workDir`, and creates a publishing user. */
export async function startLocalRegistry(workDir: string): Promise<LocalRegistry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const configPath = join(workDir, 'verdaccio.yaml');
  writeFileSync(configPath, verdaccioConfig(workDir));
  const verdaccio = join(require.resolve('verdaccio/package.json'), '../bin/verdaccio');
  const child = spawn(process.execPath, [verdaccio, '--config', configPath, '--listen', `127.0.0.1:${port}`], {
    cwd: workDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilUp(url, child, () => output);
    const token = await createUser(url);
    const userconfig = join(workDir, 'npmrc');
    const host = url.replace(/^http:/, '');
    writeFileSync(userconfig, `registry=${url}\n@lsmp:registry=${url}\n${host}:_authToken=${token}\n`);
    return { url, userconfig, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
