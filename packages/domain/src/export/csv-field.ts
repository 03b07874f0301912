/** One CSV field: quoted (quotes doubled) when `always` or when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter: string, always = false): string {
  if (!always && !value.includes(delimiter) && !/["\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}
