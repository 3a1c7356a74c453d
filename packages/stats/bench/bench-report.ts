// Prints the benchmark's tables: times against R, and PASS/FAIL checks against R's numbers.

export interface TimingRow {
  operation: string;
  seconds: number;
  cpuSeconds: number;
  rSeconds?: number;
}

export interface Check {
  name: string;
  got: number;
  expected: number;
  pass: boolean;
}

export function relativeCheck(name: string, got: number, expected: number, tolerance: number): Check {
  const rel = Math.abs(got - expected) / Math.abs(expected);
  return { name, got, expected, pass: Number.isFinite(got) && rel <= tolerance };
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]) =>
    cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export function printTimings(rows: TimingRow[]): void {
  printTable(
    ['operation', 'median s', 'CPU s', 'R s', 'speed-up'],
    rows.map((r) => [
      r.operation,
      r.seconds.toFixed(4),
      r.cpuSeconds.toFixed(4),
      r.rSeconds === undefined ? '' : r.rSeconds.toFixed(2),
      r.rSeconds === undefined ? '' : `${(r.rSeconds / r.seconds).toFixed(0)}×`,
    ]),
  );
}

export function printChecks(checks: Check[], reference = 'R'): void {
  printTable(
    ['check', 'got', reference, 'rel. diff', ''],
    checks.map((c) => [
      c.name,
      c.got.toPrecision(15),
      c.expected.toPrecision(15),
      (Math.abs(c.got - c.expected) / Math.abs(c.expected)).toExponential(1),
      c.pass ? 'PASS' : 'FAIL',
    ]),
  );
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
