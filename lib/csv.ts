// RFC 4180 CSV. Cells that a spreadsheet would run as a formula are prefixed with ' (CSV injection).
// Spreadsheets skip leading whitespace before a formula and accept the fullwidth signs (＝ ＋ － ＠) that
// CJK input methods type, so those count too; a leading tab or CR is defused as well.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsvLine(cells: Array<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
