// Processing one 12-megapixel phone photo (4000 × 3000 JPEG with EXIF): time per photo (p50/p99)
// and the process's peak memory.
import sharp from 'sharp';
import { processPhoto } from '../shared/adapters/sharp/sharp-photo-processor';

const RUNS = 12;

async function measure(): Promise<void> {
  // A noisy picture compresses like a real photo (a flat one would be unrealistically small).
  const noise = Buffer.alloc(4000 * 3000 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  const input = await sharp(noise, { raw: { width: 4000, height: 3000, channels: 3 } })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 55/1 0/1' } })
    .jpeg({ quality: 90 })
    .toBuffer();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = await processPhoto(new Uint8Array(input));
    if (!r.ok) throw new Error(r.reason);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`photos: a 12-megapixel JPEG (${(input.length / 1024 / 1024).toFixed(1)} MB, with GPS EXIF) → web image + thumbnail, ${RUNS - 1} runs`);
  console.log(
    `  p50 ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms, p99 ${times[times.length - 1]?.toFixed(0)} ms; peak memory of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (goal: under 1.5 s and 512 MB)`,
  );
}

/** Run in a fresh process, so that its peak memory is the photo work's alone. */
export async function benchPhotos(): Promise<void> {
  const { spawnSync } = await import('node:child_process');
  const res = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child'], { encoding: 'utf8' });
  process.stdout.write(res.stdout);
  if (res.status !== 0) throw new Error(res.stderr.slice(-500));
}

if (process.argv.includes('--child')) void measure();
