import { defineLsmpConfig } from '@lsmp/vitest-config';

export default defineLsmpConfig();
