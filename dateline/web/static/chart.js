// Charts are drawn on the server; this only reads out the point or bar under the pointer or
// keyboard focus into the chart's caption, so that values are visible without hovering.
"use strict";
document.querySelectorAll("figure.chart").forEach((figure) => {
  const readout = figure.querySelector(".chart-readout");
  if (!readout) return;
  const show = (event) => {
    const label = event.target.getAttribute && event.target.getAttribute("data-label");
    if (label) readout.textContent = label;
  };
  figure.addEventListener("mouseover", show);
  figure.addEventListener("focusin", show);
  figure.dataset.interactive = "yes";
});
