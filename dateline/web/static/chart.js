// Charts are drawn on the server; this only reads out the point or bar under the pointer into
// the chart's caption. Bars and points are not keyboard stops (the chart is one image with a
// name and a description): keyboard and screen-reader users get the table beside each chart.
"use strict";
document.querySelectorAll("figure.chart").forEach((figure) => {
  const readout = figure.querySelector(".chart-readout");
  if (!readout) return;
  const show = (event) => {
    const label = event.target.getAttribute && event.target.getAttribute("data-label");
    if (label) readout.textContent = label;
  };
  figure.addEventListener("mouseover", show);
  figure.dataset.interactive = "yes";
});
