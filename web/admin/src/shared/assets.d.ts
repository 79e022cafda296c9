/** Style sheets are bundled by esbuild (web/admin's CSS file beside the entry script). */
declare module '*.css';
