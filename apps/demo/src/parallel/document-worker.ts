// Worker thread entry: parses each minutes text the pool sends and links it to London Enriched.
import { parseMinutes } from '@lsmp/parser';
import { linkToStrategy } from '../formats/strategy-links.js';
import { serveTasks } from './serve-tasks.js';

// JSON text crosses threads faster than the structured clone of many small objects.
serveTasks((text: string) => {
  const { minutes } = parseMinutes(text);
  return JSON.stringify({ minutes, strategy: linkToStrategy(minutes, text) });
});
