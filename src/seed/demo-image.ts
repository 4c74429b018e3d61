import sharp from 'sharp';

/**
 * A demo photo drawn locally (no download): a 1600 × 900 PNG of a stylised city skyline with a
 * "DEMO" mark, so it is never mistaken for a real press photo.
 */
export const drawDemoImage = async (label: string): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#7cc4e8"/><stop offset="1" stop-color="#e6f4ea"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="1300" cy="180" r="90" fill="#ffd54f"/>
  <g fill="#2e7d32">
    <rect x="80" y="520" width="160" height="380"/><rect x="270" y="430" width="120" height="470"/>
    <rect x="420" y="360" width="90" height="540"/><polygon points="420,360 465,250 510,360"/>
    <rect x="540" y="480" width="200" height="420"/><rect x="770" y="300" width="140" height="600"/>
    <rect x="940" y="450" width="180" height="450"/><rect x="1150" y="520" width="150" height="380"/>
    <rect x="1330" y="400" width="190" height="500"/>
  </g>
  <text x="800" y="160" font-family="DejaVu Sans, sans-serif" font-size="84" font-weight="bold"
    text-anchor="middle" fill="#1b3a4b">${label.replace(/[<&>]/g, '')}</text>
  <text x="800" y="860" font-family="DejaVu Sans, sans-serif" font-size="40" text-anchor="middle"
    fill="#ffffff">DEMO</text>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
};
