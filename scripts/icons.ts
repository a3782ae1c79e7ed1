/**
 * Renders icons/naqi.svg to the PNG sizes the manifests use. Run `npm run icons`
 * after changing the SVG; the PNGs are committed so a build needs no renderer.
 */
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'icons/naqi.svg'));

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  fs.writeFileSync(path.join(root, `icons/icon-${size}.png`), png);
  console.log(`icons/icon-${size}.png`);
}
