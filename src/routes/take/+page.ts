// The quiz travels in the page's address, which only the browser knows: the page is prerendered
// as an empty shell and drawn in the browser.
export const ssr = false;
