// Content-Disposition for a download: the UTF-8 name (RFC 6266 / 5987 `filename*`, what browsers use) and an ASCII
// stand-in for clients that read only `filename`.

/** `attachment; filename="…"; filename*=UTF-8''…` for `name` (e.g. 督查看板-2026年第4季度.xlsx). */
export function attachment(fileName: string): string {
  // a title may hold a character no file system takes in a name
  const name = fileName.replace(/[\\/:*?"<>|]|\p{Cc}/gu, '-');
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
