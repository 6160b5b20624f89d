// Vite's `?raw` imports: a file's text as a string, in Node and in the browser.
declare module '*?raw' {
  const content: string;
  export default content;
}
