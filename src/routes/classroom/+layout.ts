// A classroom quiz travels in the page's address, which only the browser knows: these pages are
// prerendered as an empty shell and drawn in the browser.
export const ssr = false;
