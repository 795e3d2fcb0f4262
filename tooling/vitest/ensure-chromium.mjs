// Makes sure browser tests have Debian's chromium: installs it with apt-get when we
// are root and it is missing. When it cannot be installed, CI fails here; elsewhere the
// browser tests skip with a message. Shared by every package with a browser test; the
// apt-get call holds a lock so that two test tasks running at once do not collide.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';

function install() {
  // flock: test tasks of two packages may get here at once; the second finds chromium installed.
  const script = `test -x ${chromium} || { apt-get update && apt-get install -y --no-install-recommends chromium; }`;
  execFileSync('flock', ['/tmp/lsmp-apt.lock', 'sh', '-c', script], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    console.log(`ensure-chromium: ${chromium} is missing; installing Debian's chromium with apt-get`);
    try {
      install();
    } catch (error) {
      console.warn(`ensure-chromium: apt-get failed: ${error.message}`);
    }
  }
  if (!existsSync(chromium)) {
    if (process.env.CI) {
      console.error(`ensure-chromium: ${chromium} is missing and could not be installed; CI needs it for browser tests.`);
      process.exit(1);
    }
    console.warn(`ensure-chromium: ${chromium} is missing; browser tests will be skipped.`);
  }
}
