/** A logo's format and its size in pixels, as its own bytes give them. */
export interface ImageSize {
  format: 'png' | 'svg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The format and pixel size of a PNG or SVG image, read from its bytes; undefined when it is neither,
 * or when an SVG says nothing of its size (no `viewBox`, no `width` and `height`).
 */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  return pngSize(bytes) ?? svgSize(new TextDecoder().decode(bytes));
}

/** A PNG's size, from its header chunk (IHDR), which always comes first. */
function pngSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { format: 'png', width, height } : undefined;
}

/** An SVG's size: its `width` and `height` in pixels, else its `viewBox`, keeping the proportions. */
function svgSize(source: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(source)?.[0];
  if (!tag) return undefined;
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const pixels = (value: string | undefined) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value ?? '');
    return match ? Number(match[1]) : undefined;
  };
  const box = (attribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [boxWidth, boxHeight] = box.length === 4 && box.every(Number.isFinite) ? box.slice(2) : [];
  const ratio = boxWidth && boxHeight ? boxWidth / boxHeight : undefined;
  let width = pixels(attribute('width'));
  let height = pixels(attribute('height'));
  if (width === undefined && height === undefined) [width, height] = [boxWidth, boxHeight];
  else if (width === undefined && height !== undefined && ratio) width = height * ratio;
  else if (height === undefined && width !== undefined && ratio) height = width / ratio;
  if (!width || !height || width <= 0 || height <= 0) return undefined;
  return { format: 'svg', width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}
