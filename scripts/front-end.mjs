// Builds the front end with esbuild (an npm dev dependency) into wwwroot/dist/, which is never committed: the map,
// embed, report and nation pages' modules bundled (shared code split into chunks), their stylesheets with the images they
// use, and the Leaflet scripts they load, every file named after its content's hash so the server can let browsers
// keep it for a year. dist/manifest.json maps what the pages name ("js/main.js") to the built file and the chunks it
// imports (the server rewrites the pages with it: FrontEnd/FrontEndAssets.cs). The server project's build runs this.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', 'wwwroot');
const dist = path.join(root, 'dist');
// esbuild's metafile names files relative to its working directory, the web root.
const fromRoot = (file) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/');

// Each group is bundled on its own, its entries sharing chunks (and so one instance of each module, such as the words
// of i18n.js, on a page that loads two of them): the map and the embed; the report and nation pages. Split apart,
// the map page loads only the chunks it shares with the embed, not pieces of the report pages.
const SCRIPTS = [['js/main.js', 'js/embed.js'], ['js/report.js', 'js/reportSocialCapital.js', 'js/nation.js']];
const STYLES = ['lib/leaflet/leaflet.css', 'lib/leaflet.markercluster/MarkerCluster.css', 'css/map.css', 'css/resident.css',
  'css/analysis.css', 'css/share.css', 'css/embed.css', 'css/report.css', 'css/nation.css'];
// Classic scripts the modules need first (window.L): already minified, copied under their hash.
const VENDOR = ['lib/leaflet/leaflet.js', 'lib/leaflet.markercluster/leaflet.markercluster.js'];

await rm(dist, { recursive: true, force: true });
const manifest = {};

// Where the metafile's output came from: `source → { file, imports }`.
function record(result) {
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    if (meta.entryPoint) {
      manifest[fromRoot(meta.entryPoint)] = {
        file: fromRoot(output),
        imports: meta.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => fromRoot(i.path)),
      };
    }
  }
}

const common = { absWorkingDir: root, bundle: true, minify: true, metafile: true, outdir: dist, logLevel: 'warning' };
for (const group of SCRIPTS) {
  record(await build({
    ...common,
    entryPoints: group,
    format: 'esm',
    splitting: true,
    // The page's modules use top-level await; every browser the map supports runs ES2022.
    target: 'es2022',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
  }));
}
record(await build({
  ...common,
  entryPoints: STYLES,
  outbase: root,
  entryNames: '[dir]/[name]-[hash]',
  assetNames: 'assets/[name]-[hash]',
  loader: { '.png': 'file', '.svg': 'file' },
}));

for (const source of VENDOR) {
  const bytes = await readFile(path.join(root, source));
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
  const file = `dist/${source.replace(/\.js$/, `-${hash}.js`)}`;
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await copyFile(path.join(root, source), path.join(root, file));
  manifest[source] = { file, imports: [] };
}

await writeFile(path.join(dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`front-end: ${Object.keys(manifest).length} files built into wwwroot/dist`);
