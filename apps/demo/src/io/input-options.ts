import { type Command, InvalidArgumentError, Option } from 'commander';
import { INPUT_ENCODINGS, type InputEncoding } from './decode-text.js';
import { DEFAULT_MAX_BYTES, formatByteSize, parseByteSize, setReadOptions } from './read-options.js';

function maxSizeArgument(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === null) throw new InvalidArgumentError('give a size such as 20MB, 512kB or 1000000');
  return bytes;
}

/**
 * Adds `--encoding` and `--max-size` to a command that reads minutes, and applies
 * them before its action runs, so every input it reads obeys them.
 */
export function withInputOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--encoding <encoding>', 'how to read input that is not UTF-16 with a byte order mark (latin1: Latin-1/Windows-1252)')
        .choices(INPUT_ENCODINGS)
        .default('utf-8'),
    )
    .addOption(
      new Option('--max-size <size>', 'refuse inputs larger than this (bytes, or kB, MB, GB)')
        .argParser(maxSizeArgument)
        .default(DEFAULT_MAX_BYTES, formatByteSize(DEFAULT_MAX_BYTES)),
    )
    .hook('preAction', (thisCommand) => {
      const options = thisCommand.opts<{ encoding: InputEncoding; maxSize: number }>();
      setReadOptions({ encoding: options.encoding, maxBytes: options.maxSize });
    });
}
