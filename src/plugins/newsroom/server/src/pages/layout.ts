import { escape } from '../feeds/text';

/** The HTML shell of every public page: plain, accessible, no client-side JavaScript. */

export type Head = {
  language: string;
  title: string;
  description: string;
  canonical: string;
  /** hreflang → URL, including this page's own language (reciprocal alternates). */
  alternates: { language: string; url: string }[];
  feeds: { title: string; mime: string; url: string }[];
  openGraph: Record<string, string>;
  jsonLd?: object;
};

/** JSON inside <script> must not be able to close the element: escape <, > and &. */
const scriptJson = (value: object): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const STYLE = `
body{font:17px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
a{color:#0b5394}header,footer{border-bottom:1px solid #ddd;margin-bottom:1.5rem;padding-bottom:.5rem}
footer{border-top:1px solid #ddd;border-bottom:0;margin-top:2rem;padding-top:.5rem;font-size:.9rem}
img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#444}
.meta{color:#555;font-size:.95rem}.lead{font-weight:600}ol.releases{list-style:none;padding:0}
ol.releases li{margin:0 0 1.5rem}nav.pages{display:flex;justify-content:space-between}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}
`.trim();

export const page = (head: Head, body: string): string => `<!doctype html>
<html lang="${escape(head.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(head.title)}</title>
<meta name="description" content="${escape(head.description)}">
<link rel="canonical" href="${escape(head.canonical)}">
${head.alternates
  .map((a) => `<link rel="alternate" hreflang="${escape(a.language)}" href="${escape(a.url)}">`)
  .join('\n')}
${head.feeds
  .map(
    (f) =>
      `<link rel="alternate" type="${escape(f.mime)}" title="${escape(f.title)}" href="${escape(f.url)}">`
  )
  .join('\n')}
${Object.entries(head.openGraph)
  .filter(([, v]) => v)
  .map(([k, v]) => `<meta property="${escape(k)}" content="${escape(v)}">`)
  .join('\n')}
${head.jsonLd ? `<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>` : ''}
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
