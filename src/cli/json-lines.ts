// JSON.stringify(value, null, 2), line by line: a 300,000-criteria report is written out
// without ever being one string (that string alone would double the peak memory).

/** Calls `line` with each line of JSON.stringify(value, null, 2), in order. For plain data (no toJSON). */
export function jsonLines(value: unknown, line: (text: string) => void): void {
  walk(value, '', '', '', line);
}

function walk(value: unknown, indent: string, prefix: string, suffix: string, line: (text: string) => void): void {
  if (value === null || typeof value !== 'object') {
    line(`${indent}${prefix}${JSON.stringify(value) ?? 'null'}${suffix}`);
    return;
  }
  const array = Array.isArray(value);
  const keys = array ? null : Object.keys(value).filter((k) => shown((value as Record<string, unknown>)[k]));
  const size = array ? (value as unknown[]).length : keys!.length;
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (size === 0) {
    line(`${indent}${prefix}${open}${close}${suffix}`);
    return;
  }
  line(`${indent}${prefix}${open}`);
  const inner = `${indent}  `;
  for (let i = 0; i < size; i++) {
    const comma = i < size - 1 ? ',' : '';
    if (array) walk((value as unknown[])[i], inner, '', comma, line);
    else walk((value as Record<string, unknown>)[keys![i]], inner, `${JSON.stringify(keys![i])}: `, comma, line);
  }
  line(`${indent}${close}${suffix}`);
}

/** What JSON.stringify leaves out of an object. */
function shown(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** Prints the JSON in blocks of lines (`out` ends each block with a newline), never as one string. */
export function printJson(value: unknown, out: (block: string) => void): void {
  let block: string[] = [];
  let size = 0;
  jsonLines(value, (line) => {
    block.push(line);
    size += line.length;
    if (size > 1 << 16) {
      out(block.join('\n'));
      block = [];
      size = 0;
    }
  });
  if (block.length > 0) out(block.join('\n'));
}
