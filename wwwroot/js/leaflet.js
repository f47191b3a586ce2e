// Leaflet is loaded as a classic script (lib/leaflet/leaflet.js, copied from npm by the build) before the modules.
if (!window.L) {
  throw new Error('Leaflet did not load (lib/leaflet/leaflet.js).');
}

export const L = window.L;
