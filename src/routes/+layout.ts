// Every page is prerendered as an app shell; learner data lives in IndexedDB, read in the browser.
export const prerender = true;
export const ssr = false;
