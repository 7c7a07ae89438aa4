/*
 * The drawing as a picture to save: PNG through Cytoscape's own png(), SVG
 * through the cytoscape-svg extension. Both take the whole view on white,
 * with the names as placed on screen.
 */
"use strict";
(() => {
  const { download } = window.KgExplorer;

  function savePng(cy, name) {
    download(`${name}.png`, cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 }));
  }

  function saveSvg(cy, name) {
    download(`${name}.svg`, cy.svg({ full: true, bg: "#ffffff" }), "image/svg+xml");
  }

  window.KgExplorer.images = { savePng, saveSvg };
})();
