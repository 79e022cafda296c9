/**
 * What the code uses of the global WebAssembly object, which TypeScript declares in its DOM library only (not loaded:
 * this is a Node.js program).
 */
declare namespace WebAssembly {
  // An opaque handle, as the DOM library declares it.
  interface Module {}
  function compile(bytes: Uint8Array): Promise<Module>;
}
