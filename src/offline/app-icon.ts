import sharp from 'sharp';
import type { AppIcon } from './web-app.ts';

/**
 * How much of the icon the mark may fill: an icon for any use keeps a small margin; a maskable icon
 * keeps its mark inside the circle every platform's mask leaves whole (80% of the width): a square mark
 * of 55% reaches 0.39 of the width from the centre, inside that circle's 0.40.
 */
const MARK_SHARE = { any: 0.8, maskable: 0.55 } as const;

/**
 * An app icon as PNG: the site's mark (the organisation's logo, or Triangulate's triangle) centred on a
 * square of the page's background colour, whatever the mark's own proportions.
 */
export async function renderAppIcon(mark: Uint8Array, icon: AppIcon, background: string): Promise<Uint8Array> {
  const inner = Math.round(icon.size * MARK_SHARE[icon.purpose]);
  const fitted = await sharp(mark, { density: 300 })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const png = await sharp({
    create: { width: icon.size, height: icon.size, channels: 4, background },
  })
    .composite([{ input: fitted, gravity: 'centre' }])
    .png()
    .toBuffer();
  return new Uint8Array(png);
}
