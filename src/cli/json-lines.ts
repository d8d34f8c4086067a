// JSON.stringify(value, null, 2) in blocks of lines: a 300,000-criteria report is written
// out without ever being one string (that string, queued on a pipe, would double the peak memory).

interface Frame {
  value: unknown;
  /** The keys shown of an object; null for an array. */
  keys: string[] | null;
  next: number;
  size: number;
  indent: string;
  suffix: string;
}

/** What JSON.stringify leaves out of an object. */
function shown(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** The text of JSON.stringify(value, null, 2), as blocks of whole lines of about `blockSize` characters (plain data, no toJSON). */
export function* jsonBlocks(value: unknown, blockSize = 1 << 16): Generator<string> {
  let lines: string[] = [];
  let size = 0;
  const emit = (line: string) => {
    lines.push(line);
    size += line.length;
  };
  const stack: Frame[] = [];
  const open = (v: unknown, indent: string, prefix: string, suffix: string) => {
    if (v === null || typeof v !== 'object') {
      emit(`${indent}${prefix}${JSON.stringify(v) ?? 'null'}${suffix}`);
      return;
    }
    const keys = Array.isArray(v) ? null : Object.keys(v).filter((k) => shown((v as Record<string, unknown>)[k]));
    const count = keys ? keys.length : (v as unknown[]).length;
    const [start, end] = keys ? ['{', '}'] : ['[', ']'];
    if (count === 0) emit(`${indent}${prefix}${start}${end}${suffix}`);
    else {
      emit(`${indent}${prefix}${start}`);
      stack.push({ value: v, keys, next: 0, size: count, indent, suffix });
    }
  };
  open(value, '', '', '');
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    if (f.next === f.size) {
      stack.pop();
      emit(`${f.indent}${f.keys ? '}' : ']'}${f.suffix}`);
    } else {
      const i = f.next++;
      const comma = i < f.size - 1 ? ',' : '';
      if (f.keys) open((f.value as Record<string, unknown>)[f.keys[i]], `${f.indent}  `, `${JSON.stringify(f.keys[i])}: `, comma);
      else open((f.value as unknown[])[i], `${f.indent}  `, '', comma);
    }
    if (size > blockSize) {
      yield lines.join('\n');
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) yield lines.join('\n');
}

/** Prints the JSON block by block (`out` ends each with a newline), waiting for each to be written when `out` says when. */
export async function printJson(value: unknown, out: (block: string) => unknown): Promise<void> {
  for (const block of jsonBlocks(value)) await out(block);
}
