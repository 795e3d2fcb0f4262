// Makes sure the accessibility test has Debian's chromium: installs it with apt-get
// when we are root and it is missing. When it cannot be installed, CI fails here;
// elsewhere the test skips with a message. (The same as apps/demo's script.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.LSMP_CHROMIUM ?? '/usr/bin/chromium';

function install() {
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync('apt-get', ['update'], quiet);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    ...quiet,
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
      console.error(`ensure-chromium: ${chromium} is missing and could not be installed; CI needs it for the accessibility test.`);
      process.exit(1);
    }
    console.warn(`ensure-chromium: ${chromium} is missing; the accessibility test will be skipped.`);
  }
}
