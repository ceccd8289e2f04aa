// Stands in for jsPDF's optional dependencies (html2canvas, canvg, DOMPurify) in the build
// (wxt.config.ts): they serve only jsPDF's html() and SVG support, which nothing here calls,
// and would ship about 390 KB. jsPDF loads them with import() when asked; the import fails.
throw new Error("TUS-assistent: jsPDF's html() and SVG support (html2canvas, canvg, DOMPurify) are not part of the build");
