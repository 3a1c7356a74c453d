// The offline check-in as an installable web app: vite-plugin-pwa (Workbox generateSW) writes /sw.js and the web app
// manifest; the service worker, scoped to /e/, precaches only the public bundle (e.html and the chunks reachable from
// it, the camera's QR reader included) and answers every /e/… navigation with e.html, so /e/door/<session> opens
// without a network. The admin app (index.html) and the survey page (s.html) are left out of the cache.
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Collects the files the `services` entry (e.html) loads, statically or lazily, with their CSS. */
function publicBundleFiles(files: Set<string>): Plugin {
  return {
    name: 'kepu-public-bundle-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      const visit = (name: string) => {
        const c = bundle[name];
        if (!c || files.has(name)) return;
        files.add(name);
        if (c.type !== 'chunk') return;
        for (const css of c.viteMetadata?.importedCss ?? []) files.add(css);
        for (const next of [...c.imports, ...c.dynamicImports]) visit(next);
      };
      for (const [name, c] of Object.entries(bundle))
        if (c.type === 'chunk' && c.isEntry && c.name === 'services') visit(name);
      files.add('e.html');
    },
  };
}

/** vite-plugin-pwa links the manifest from every page; the admin app and the survey page are not the check-in app. */
const manifestOnPublicPageOnly: Plugin = {
  name: 'kepu-manifest-on-e-html',
  apply: 'build',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) =>
      ctx.path.endsWith('/e.html') ? html : html.replace(/<link rel="manifest"[^>]*>/, ''),
  },
};

export function checkInApp(): Plugin[] {
  const files = new Set<string>();
  return [
    publicBundleFiles(files),
    ...VitePWA({
      injectRegister: false,
      scope: '/e/',
      manifest: {
        id: '/e/door',
        name: '科普活动签到',
        short_name: '科普签到',
        description: '科普活动现场签到：扫码、离线记录、联网同步。',
        lang: 'zh-CN',
        start_url: '/e/door',
        scope: '/e/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icons/check-in-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/check-in-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/check-in-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter((e) => files.has(e.url) || /\.(?:png|webmanifest)$/.test(e.url)),
            warnings: [],
          }),
        ],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/e.html',
        navigateFallbackAllowlist: [/^\/e(?:\/|$|\?)/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    manifestOnPublicPageOnly,
  ];
}
