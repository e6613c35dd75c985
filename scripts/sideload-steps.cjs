/**
 * The steps `npm start` prints for Excel on the web (where Office cannot sideload by itself).
 * README.md shows the same steps under "Sideload into Excel on the web"; test/serve.test.ts
 * checks that both say the same, so the printed path and the README never drift apart again.
 */

/** Plain-text steps; `ca` is the CA certificate file, `url` the served origin. */
function sideloadSteps({ ca, url }) {
  return [
    "1. Run `npm start` and leave it running.",
    `2. Make your browser trust the certificate: import ${ca} as a trusted authority, or open ${url}/taskpane.html once and accept the warning.`,
    "3. Open a workbook in Excel on the web: Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in, and choose manifest.xml from this folder.",
    "4. The Service ROI button appears on the Home tab; the CX. functions work in any cell.",
  ];
}

module.exports = { sideloadSteps };
