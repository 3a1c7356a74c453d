// Type declarations Vite provides to the browser code (CSS imports, import.meta.env).
/// <reference types="vite/client" />
