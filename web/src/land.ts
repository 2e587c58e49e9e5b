/**
 * A coarse land mask for the offline map, derived from GeoNames places (data/gazetteer.tsv):
 * a cell of the lat/lon grid is land when a town of 15,000+ people lies in it; a closing
 * pass fills cells most of whose neighbours are land. Sparse regions (deserts, tundra,
 * ice) stay empty: this is a sketch of where people live, not a coastline.
 */

export interface LandGrid {
  /** Cell size in degrees. */
  readonly cell: number;
  /** Runs of land cells: [row, firstColumn, length]; row 0 starts at 90°N, column 0 at 180°W. */
  readonly runs: readonly (readonly [number, number, number])[];
}

/** (lat, lon) of every row of a gazetteer TSV with `lat` and `lon` columns (header lines repeat-safe). */
export function gazetteerPoints(tsv: string): [number, number][] {
  const out: [number, number][] = [];
  let latAt = -1;
  let lonAt = -1;
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.includes('lat') && cells.includes('lon')) {
      latAt = cells.indexOf('lat');
      lonAt = cells.indexOf('lon');
      continue;
    }
    if (latAt < 0) continue;
    const lat = Number(cells[latAt]);
    const lon = Number(cells[lonAt]);
    if (cells[latAt] !== '' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90) {
      if (Math.abs(lon) <= 180) out.push([lat, lon]);
    }
  }
  return out;
}

export function buildLandGrid(points: Iterable<readonly [number, number]>, cell = 2): LandGrid {
  const rows = Math.round(180 / cell);
  const cols = Math.round(360 / cell);
  const land = new Uint8Array(rows * cols);
  for (const [lat, lon] of points) {
    const r = Math.min(rows - 1, Math.max(0, Math.floor((90 - lat) / cell)));
    const c = Math.min(cols - 1, Math.max(0, Math.floor((lon + 180) / cell)));
    land[r * cols + c] = 1;
  }
  const closed = land.slice();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (land[r * cols + c]) continue;
      let around = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr;
          const cc = (c + dc + cols) % cols;
          if ((dr !== 0 || dc !== 0) && rr >= 0 && rr < rows && land[rr * cols + cc]) around++;
        }
      }
      if (around >= 4) closed[r * cols + c] = 1;
    }
  }
  const runs: [number, number, number][] = [];
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < cols) {
      if (!closed[r * cols + c]) {
        c++;
        continue;
      }
      const first = c;
      while (c < cols && closed[r * cols + c]) c++;
      runs.push([r, first, c - first]);
    }
  }
  return { cell, runs };
}

/** An SVG path of the land cells in equirectangular coordinates (x = lon + 180, y = 90 − lat). */
export function landPath(grid: LandGrid): string {
  return grid.runs
    .map(([r, c, n]) => `M${c * grid.cell} ${r * grid.cell}h${n * grid.cell}v${grid.cell}h${-n * grid.cell}z`)
    .join('');
}
