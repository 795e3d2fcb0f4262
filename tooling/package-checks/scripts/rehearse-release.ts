// `pnpm release:rehearse`: publishes the built packages to a throwaway local
// registry and installs them from it, as users will. Never touches npm's registry.
import { rehearseRelease } from '../src/rehearse-release.js';

try {
  const result = await rehearseRelease();
  console.log(`Release rehearsal passed in ${result.seconds.toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
