import { parseHtmlArticle } from '../src/html/html-article.js';
import { htmldate } from './html-corpus.js';

for (const p of htmldate()) {
  if (!process.argv.slice(2).some((x) => p.id.includes(x))) continue;
  const a = parseHtmlArticle(p.html, { url: p.url });
  const s = a.publishedAt?.span;
  console.log(
    p.id,
    'want',
    p.gold,
    'got',
    a.publishedAt?.iso,
    s ? JSON.stringify(p.html.slice(Math.max(0, s.start - 80), s.end + 20)) : '',
  );
}
