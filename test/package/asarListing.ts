import { getRawHeader } from '@electron/asar';

/** One file of app.asar: its path (from the archive root, `/`-separated), size and whether it lives in app.asar.unpacked. */
export interface AsarFile {
  path: string;
  size: number;
  unpacked: boolean;
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  size?: number;
  unpacked?: boolean;
  link?: string;
}

/** Every file in the archive's header, unpacked ones included (links are left out). */
export function listAsar(archive: string): AsarFile[] {
  const files: AsarFile[] = [];
  const walk = (node: HeaderNode, path: string) => {
    if (node.files) for (const [name, child] of Object.entries(node.files)) walk(child, `${path}/${name}`);
    else if (!node.link) files.push({ path, size: node.size ?? 0, unpacked: node.unpacked === true });
  };
  walk(getRawHeader(archive).header as HeaderNode, '');
  return files;
}

/** The package folders under node_modules (`node_modules/a`, `node_modules/@s/b`, nested ones too). */
export function packagesIn(files: AsarFile[]): Set<string> {
  const packages = new Set<string>();
  for (const { path } of files) {
    const match = /^\/((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(path);
    if (match) packages.add(match[1]);
  }
  return packages;
}
