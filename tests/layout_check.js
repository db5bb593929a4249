() => {
  const block = document.querySelector('[data-testid="stMainBlockContainer"]');
  const br = block.getBoundingClientRect();
  const style = getComputedStyle(block);
  const left = br.left + parseFloat(style.paddingLeft), right = br.right - parseFloat(style.paddingRight);
  const shown = e => { const r = e.getBoundingClientRect(); return r.width > 1 && r.height > 1 && e.checkVisibility({visibilityProperty: true}) && !e.closest('details:not([open]) > :not(summary)'); };
  const boxes = [...block.querySelectorAll('[data-testid="stElementContainer"]')].filter(shown);
  const label = e => (e.innerText || e.querySelector('[aria-label]')?.getAttribute('aria-label') || e.className).trim().split('\n')[0].slice(0, 50);
  const cut = boxes.filter(e => { const r = e.getBoundingClientRect(); return r.right > right + 1 || r.left < left - 1; })
    .map(e => { const r = e.getBoundingClientRect(); return `${label(e)} [${Math.round(r.left)}..${Math.round(r.right)} of ${Math.round(left)}..${Math.round(right)}]`; });
  const WIDGETS = ['stSlider', 'stNumberInput', 'stButton', 'stDownloadButton', 'stTextInput', 'stTextArea', 'stSelectbox', 'stMultiSelect', 'stRadio', 'stCheckbox', 'stToggle', 'stFileUploader', 'stPopover'];
  const controls = boxes.filter(e => [...e.children].some(c => WIDGETS.some(w => c.classList.contains(w))) || e.querySelector('canvas.upper-canvas'));
  const overlaps = [];
  for (let i = 0; i < controls.length; i++) for (let j = i + 1; j < controls.length; j++) {
    const a = controls[i], b = controls[j];
    if (a.contains(b) || b.contains(a)) continue;
    const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
    const w = Math.min(r.right, s.right) - Math.max(r.left, s.left), h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
    if (w > 2 && h > 2) overlaps.push(label(a) + ' / ' + label(b));
  }
  return {pageOverflow: document.documentElement.scrollWidth - window.innerWidth, cut, overlaps, controls: controls.length, boxes: boxes.length};
}
