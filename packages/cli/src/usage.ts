import { cliText } from './messages.ts';

/** The lines of the help text for one command (its "  dutoan NAME …" lines and their continuation lines). */
export function commandUsage(name: string): string {
  const lines = cliText.help.split('\n');
  const out: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^ {2}dutoan /.test(line)) inBlock = line.startsWith(`  dutoan ${name} `) || line === `  dutoan ${name}`;
    else if (!/^ {4,}\S/.test(line)) inBlock = false;
    if (inBlock) out.push(line);
  }
  return out.length ? `Cách dùng:\n${out.join('\n')}` : cliText.help;
}

/**
 * node:util parseArgs errors in Vietnamese: the option or argument at fault, named as typed. The English text
 * of node is not shown (it speaks of "positional arguments" and "--" escapes, which mean nothing to a user).
 */
export function parseArgsMessage(code: string, message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return cliText.unknownOption(option);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return cliText.unexpectedArgument(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message) ? cliText.optionNeedsValue(option) : cliText.optionTakesNoValue(option);
    default:
      return cliText.optionsUnreadable;
  }
}
