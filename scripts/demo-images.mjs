#!/usr/bin/env node
// Draws the demo catalogue's product pictures: clean flat illustrations
// (no photographs, so no licence to track), written as SVG and rendered to
// WebP with sharp into storefront/public/demo/products/. The WebP files are
// committed; run this again only to change a picture:
//   node scripts/demo-images.mjs
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import sharp from "sharp"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const outDir = path.join(root, "storefront", "public", "demo", "products")
const SIZE = 800

/** A seeded random, so a re-run draws the same pictures. */
function random(seed) {
  let s = seed
  return () => {
    s = (s * 16807) % 2147483647
    return (s - 1) / 2147483646
  }
}

const leaf = (x, y, r, angle, fill = "#3f8f3a") =>
  `<path transform="translate(${x} ${y}) rotate(${angle})" d="M0 0 C ${r * 0.4} ${-r * 0.5}, ${r * 1.2} ${-r * 0.4}, ${r * 1.5} 0 C ${r * 1.2} ${r * 0.4}, ${r * 0.4} ${r * 0.5}, 0 0 Z" fill="${fill}"/><path transform="translate(${x} ${y}) rotate(${angle})" d="M0 0 L ${r * 1.4} 0" stroke="#2d6b2a" stroke-width="3" fill="none"/>`

const citrus = (x, y, r, fill, dark, light, dots = true) => {
  const rnd = random(Math.round(x * 7 + y * 13 + r))
  const pores = dots
    ? Array.from({ length: 14 }, () => {
        const a = rnd() * Math.PI * 2
        const d = rnd() * r * 0.8
        return `<circle cx="${(x + Math.cos(a) * d).toFixed(1)}" cy="${(y + Math.sin(a) * d).toFixed(1)}" r="${(r * 0.025).toFixed(1)}" fill="${dark}" opacity="0.35"/>`
      }).join("")
    : ""
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/>
<circle cx="${x + r * 0.12}" cy="${y + r * 0.12}" r="${r * 0.88}" fill="${dark}" opacity="0.18"/>
<circle cx="${x}" cy="${y}" r="${r * 0.9}" fill="${fill}"/>
${pores}
<ellipse cx="${x - r * 0.35}" cy="${y - r * 0.38}" rx="${r * 0.28}" ry="${r * 0.16}" transform="rotate(-35 ${x - r * 0.35} ${y - r * 0.38})" fill="${light}" opacity="0.7"/>`
}

const shadow = (cx, cy, rx) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${rx * 0.12}" fill="#000" opacity="0.12"/>`

const backdrop = (
  top,
  bottom
) => `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>`

/** Chongqing's terraced hills under a sun, the second picture's setting. */
const hills = (
  sky,
  near,
  far
) => `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#fdf6e3"/></linearGradient></defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#sky)"/>
<circle cx="630" cy="170" r="70" fill="#ffd36b" opacity="0.9"/>
<path d="M0 420 C 150 330, 260 360, 380 400 C 500 440, 620 330, 800 360 L 800 800 L 0 800 Z" fill="${far}"/>
<path d="M0 520 C 180 450, 330 500, 480 520 C 620 540, 700 470, 800 480 L 800 800 L 0 800 Z" fill="${near}"/>
${[560, 600, 640, 680]
  .map(
    (y, i) =>
      `<path d="M0 ${y} C 200 ${y - 40 + i * 6}, 420 ${y + 20}, 800 ${y - 30}" stroke="#fff" stroke-opacity="0.25" stroke-width="6" fill="none"/>`
  )
  .join("")}`

const basket = (
  fruit
) => `<path d="M190 560 L 610 560 L 570 720 L 230 720 Z" fill="#b7793f"/>
<path d="M190 560 L 610 560" stroke="#8a5427" stroke-width="14"/>
${[600, 640, 680].map((y) => `<path d="M${200 + (y - 560) * 0.25} ${y} L ${600 - (y - 560) * 0.25} ${y}" stroke="#8a5427" stroke-width="6"/>`).join("")}
${fruit}`

const orange = (x, y, r) => citrus(x, y, r, "#f28c1b", "#b85a00", "#ffd08a")
const lemon = (x, y, r, a = 0) =>
  `<g transform="rotate(${a} ${x} ${y})"><ellipse cx="${x}" cy="${y}" rx="${r * 1.2}" ry="${r}" fill="#f5d300"/><ellipse cx="${x + r * 1.22}" cy="${y}" rx="${r * 0.14}" ry="${r * 0.1}" fill="#e0b800"/><ellipse cx="${x - r * 1.22}" cy="${y}" rx="${r * 0.1}" ry="${r * 0.08}" fill="#e0b800"/><ellipse cx="${x - r * 0.4}" cy="${y - r * 0.4}" rx="${r * 0.35}" ry="${r * 0.14}" fill="#fff6a8" opacity="0.8"/></g>`
const pomelo = (x, y, r) =>
  `<path d="M${x} ${y - r * 1.25} C ${x + r * 0.5} ${y - r * 1.25}, ${x + r} ${y - r * 0.6}, ${x + r} ${y} C ${x + r} ${y + r * 0.7}, ${x + r * 0.5} ${y + r}, ${x} ${y + r} C ${x - r * 0.5} ${y + r}, ${x - r} ${y + r * 0.7}, ${x - r} ${y} C ${x - r} ${y - r * 0.6}, ${x - r * 0.5} ${y - r * 1.25}, ${x} ${y - r * 1.25} Z" fill="#d6d84a"/><ellipse cx="${x - r * 0.35}" cy="${y - r * 0.35}" rx="${r * 0.3}" ry="${r * 0.18}" fill="#f4f6a0" opacity="0.8" transform="rotate(-30 ${x - r * 0.35} ${y - r * 0.35})"/>`
const chilli = (x, y, len, a, fill = "#d62718") =>
  `<g transform="translate(${x} ${y}) rotate(${a})"><path d="M0 0 C ${len * 0.3} -18, ${len * 0.8} -12, ${len} 6 C ${len * 0.7} 10, ${len * 0.3} 16, 0 14 Z" fill="${fill}"/><path d="M4 3 C ${len * 0.3} -6, ${len * 0.6} -4, ${len * 0.8} 0" stroke="#fff" stroke-opacity="0.45" stroke-width="4" fill="none"/><path d="M0 7 C -12 5, -20 -4, -26 -14" stroke="#3f8f3a" stroke-width="8" stroke-linecap="round" fill="none"/></g>`
const peppercorns = (cx, cy, n, seed) => {
  const rnd = random(seed)
  return Array.from({ length: n }, () => {
    const a = rnd() * Math.PI * 2
    const d = Math.sqrt(rnd()) * 70
    const x = cx + Math.cos(a) * d
    const y = cy + Math.sin(a) * d * 0.8
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="13" fill="#b3261e"/><circle cx="${(x - 4).toFixed(1)}" cy="${(y - 4).toFixed(1)}" r="4" fill="#ff8a7a" opacity="0.7"/><path d="M${x.toFixed(1)} ${(y - 13).toFixed(1)} L ${(x + 3).toFixed(1)} ${(y - 22).toFixed(1)}" stroke="#6b4a2b" stroke-width="3"/>`
  }).join("")
}
const teaLeaf = (x, y, r, a) => leaf(x, y, r, a, "#5aa83c")
const zhacai = (x, y, r) =>
  `<path d="M${x - r} ${y} C ${x - r} ${y - r * 0.9}, ${x - r * 0.3} ${y - r * 1.1}, ${x} ${y - r * 0.8} C ${x + r * 0.4} ${y - r * 1.2}, ${x + r} ${y - r * 0.7}, ${x + r * 0.95} ${y} C ${x + r} ${y + r * 0.8}, ${x + r * 0.3} ${y + r}, ${x} ${y + r * 0.85} C ${x - r * 0.5} ${y + r}, ${x - r} ${y + r * 0.6}, ${x - r} ${y} Z" fill="#9cc46a"/>
<circle cx="${x - r * 0.4}" cy="${y - r * 0.2}" r="${r * 0.22}" fill="#b9d98a"/><circle cx="${x + r * 0.35}" cy="${y + r * 0.25}" r="${r * 0.26}" fill="#b9d98a"/><circle cx="${x + r * 0.3}" cy="${y - r * 0.45}" r="${r * 0.15}" fill="#b9d98a"/>`
const pork = (x, y, w, h) =>
  `<g><path d="M${x} ${y} L ${x + w} ${y} L ${x + w - 10} ${y + h} L ${x + 8} ${y + h} Z" fill="#7a2f1d"/>
<rect x="${x + 4}" y="${y + h * 0.2}" width="${w - 10}" height="${h * 0.14}" fill="#f2d7b6" opacity="0.9"/>
<rect x="${x + 6}" y="${y + h * 0.55}" width="${w - 14}" height="${h * 0.1}" fill="#f2d7b6" opacity="0.85"/>
<rect x="${x + 4}" y="${y}" width="${w - 4}" height="${h * 0.08}" fill="#3d1a10"/>
<path d="M${x + w / 2} ${y} L ${x + w / 2} ${y - 70}" stroke="#8a6a3a" stroke-width="5"/></g>`

const PICTURES = {
  "fengjie-navel-orange": [
    () =>
      backdrop("#fff4e0", "#ffe1b3") +
      shadow(400, 640, 280) +
      orange(300, 470, 150) +
      orange(510, 500, 130) +
      leaf(360, 330, 70, -40) +
      leaf(380, 330, 60, -110),
    () =>
      hills("#bfe3f2", "#5f9e4a", "#86b96a") +
      basket(
        [240, 320, 400, 480, 560]
          .map((x, i) => orange(x, 545 - (i % 2) * 18, 52))
          .join("")
      ),
  ],
  "fengjie-navel-orange-graded": [
    () =>
      backdrop("#fff4e0", "#ffe9c7") +
      shadow(400, 690, 300) +
      `<rect x="140" y="430" width="520" height="250" rx="18" fill="#c98a4b"/><rect x="140" y="430" width="520" height="40" fill="#a8692f"/><rect x="300" y="520" width="200" height="90" rx="12" fill="#fff8ec"/><text x="400" y="583" font-family="sans-serif" font-size="54" font-weight="700" text-anchor="middle" fill="#b85a00">80+</text>` +
      [220, 330, 440, 560]
        .map((x, i) => orange(x + 20, 410 - (i % 2) * 14, 66))
        .join(""),
    () =>
      backdrop("#fff7ea", "#fde6c4") +
      shadow(400, 650, 230) +
      orange(400, 450, 190) +
      `<path d="M200 720 L 600 720" stroke="#6b5b45" stroke-width="6"/>${[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<path d="M${220 + i * 45} 700 L ${220 + i * 45} ${i % 2 ? 720 : 690}" stroke="#6b5b45" stroke-width="4"/>`).join("")}`,
  ],
  "fuling-zhacai": [
    () =>
      backdrop("#f1f7e6", "#dcebc4") +
      shadow(400, 650, 260) +
      zhacai(290, 500, 130) +
      zhacai(520, 520, 110) +
      leaf(300, 360, 90, -70, "#5b9a3c") +
      leaf(510, 400, 80, -120, "#5b9a3c"),
    () =>
      backdrop("#fbf3e4", "#efdcbc") +
      shadow(400, 700, 200) +
      `<path d="M250 330 C 250 300, 550 300, 550 330 L 580 660 C 580 700, 220 700, 220 660 Z" fill="#8c5a32"/><ellipse cx="400" cy="330" rx="150" ry="30" fill="#6d4223"/><rect x="300" y="450" width="200" height="140" rx="10" fill="#f7e9c8"/><circle cx="400" cy="520" r="45" fill="#c0392b"/><circle cx="400" cy="520" r="28" fill="none" stroke="#f7e9c8" stroke-width="6"/><path d="M250 330 C 300 300, 500 300, 550 330" stroke="#d9b27a" stroke-width="8" fill="none"/>`,
  ],
  "liangping-pomelo": [
    () =>
      backdrop("#f6f8e4", "#e7edc2") +
      shadow(400, 680, 260) +
      pomelo(400, 470, 200) +
      leaf(390, 250, 90, -60),
    () =>
      hills("#cfe8f5", "#4f8f3f", "#7fb064") +
      basket([280, 400, 520].map((x) => pomelo(x, 510, 70)).join("")),
  ],
  "jiangjin-sichuan-pepper": [
    () =>
      backdrop("#fff0ea", "#fbd9cc") +
      shadow(400, 640, 240) +
      leaf(230, 420, 90, -20) +
      leaf(520, 380, 90, 200) +
      peppercorns(400, 500, 60, 7),
    () =>
      backdrop("#fff5ee", "#f6dfd2") +
      shadow(400, 660, 230) +
      `<ellipse cx="400" cy="560" rx="240" ry="80" fill="#e9d2b0"/><ellipse cx="400" cy="545" rx="220" ry="62" fill="#d7b98f"/>` +
      peppercorns(400, 535, 70, 11),
  ],
  "yongchuan-xiuya-tea": [
    () =>
      backdrop("#eef7ea", "#d4ecc8") +
      shadow(400, 670, 220) +
      `<path d="M250 430 L 550 430 L 520 640 C 515 665, 285 665, 280 640 Z" fill="#fdfdfb"/><ellipse cx="400" cy="430" rx="150" ry="30" fill="#c7d98a"/><path d="M550 470 C 640 470, 640 580, 535 580" stroke="#fdfdfb" stroke-width="22" fill="none"/>` +
      teaLeaf(330, 330, 70, -60) +
      teaLeaf(410, 320, 80, -100) +
      teaLeaf(470, 350, 60, -140),
    () =>
      hills("#d9f0f7", "#3f8a4a", "#6aae5a") +
      [150, 260, 370, 480, 590, 700]
        .map((x, i) =>
          [0, 1, 2]
            .map(
              (j) =>
                `<ellipse cx="${x - 40 + j * 20}" cy="${600 + i * 12 + j * 50}" rx="60" ry="26" fill="#2f7a3a"/>`
            )
            .join("")
        )
        .join(""),
  ],
  "tongnan-lemon": [
    () =>
      backdrop("#fffbe0", "#fff1a8") +
      shadow(400, 640, 260) +
      lemon(300, 500, 110, -15) +
      lemon(520, 510, 100, 20) +
      leaf(380, 370, 80, -50),
    () =>
      backdrop("#fffde8", "#fff3b8") +
      shadow(400, 650, 220) +
      `<circle cx="400" cy="470" r="190" fill="#f5d300"/><circle cx="400" cy="470" r="170" fill="#fff6b0"/>${Array.from({ length: 10 }, (_, i) => `<path d="M400 470 L ${400 + Math.cos((i * Math.PI) / 5) * 160} ${470 + Math.sin((i * Math.PI) / 5) * 160}" stroke="#f5d300" stroke-width="8"/>`).join("")}<circle cx="400" cy="470" r="22" fill="#fff"/>`,
  ],
  "chengkou-cured-pork": [
    () =>
      backdrop("#f8efe6", "#ecd9c6") +
      `<path d="M100 220 L 700 220" stroke="#6b4a2b" stroke-width="14" stroke-linecap="round"/>` +
      pork(180, 290, 130, 330) +
      pork(340, 300, 120, 300) +
      pork(490, 285, 135, 345),
    () =>
      backdrop("#f9f1e8", "#efdfcf") +
      shadow(400, 640, 260) +
      `<ellipse cx="400" cy="560" rx="270" ry="70" fill="#fdfbf7"/>` +
      [0, 1, 2, 3, 4]
        .map(
          (i) =>
            `<g transform="rotate(-12 ${260 + i * 70} 520)"><rect x="${230 + i * 70}" y="470" width="58" height="110" rx="6" fill="#8a3a22"/><rect x="${230 + i * 70}" y="490" width="58" height="18" fill="#f2d7b6"/><rect x="${230 + i * 70}" y="540" width="58" height="12" fill="#f2d7b6"/></g>`
        )
        .join(""),
  ],
  "shizhu-red-chilli": [
    () =>
      backdrop("#fff0ec", "#fdd5cc") +
      shadow(400, 640, 260) +
      chilli(210, 470, 300, -12) +
      chilli(250, 540, 320, 8, "#c41f12") +
      chilli(300, 420, 260, -28, "#e2391f"),
    () =>
      backdrop("#fff4ef", "#f8dcd2") +
      `<path d="M400 120 L 400 700" stroke="#8a6a3a" stroke-width="6"/>` +
      Array.from({ length: 9 }, (_, i) =>
        chilli(400 + (i % 2 ? 8 : -8), 170 + i * 60, 150, i % 2 ? 30 : 150)
      ).join(""),
  ],
}

fs.mkdirSync(outDir, { recursive: true })
for (const [handle, pictures] of Object.entries(PICTURES)) {
  for (const [i, draw] of pictures.entries()) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">${draw()}</svg>`
    const file = path.join(outDir, `${handle}-${i + 1}.webp`)
    await sharp(Buffer.from(svg)).webp({ quality: 82 }).toFile(file)
    console.log(path.relative(root, file), fs.statSync(file).size)
  }
}
