/**
 * A list of the article's own in the middle of its text, as Chromium's
 * `innerText` prints it: no blank line between the items, nor between the
 * subheading and the list. Its first items are sentences (`Sandbags: the
 * council will hand out … who ask.`), its later ones short enough to pass for
 * headlines (`Schools: classes … during a red warning`, `Parking: … issued!`);
 * five of those in a row were read as a latest-news run and left out of the
 * body. Two sentences of the list right above the run, with the article's
 * prose going on under it, make it the text's list (`role-marks.ts`,
 * `underItems`). w3m and lynx bullet the items and kept them already. Guard:
 * a site box's latest headlines glued under the box's two sentences, the
 * footer under them, stay out. Synthetic pages in test/fixtures/tlist41/
 * (HTML, rendered with the three renderers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const RENDERERS = ['chromium', 'w3m', 'lynx'] as const;

const body = (name: string, renderer: string, url: string): string[] =>
  parseArticle(
    readFileSync(
      join(import.meta.dirname, 'fixtures', 'tlist41', `${name}.${renderer}.txt`),
      'utf8',
    ),
    { url },
  ).paragraphs.map((p) => p.text);

const PAGES = [
  {
    name: 'en-flood-plan',
    url: 'https://www.northshiretoday.example/news/ashby-flood-plan',
    items: [
      'Parking: cars must leave the riverside car park as soon as an amber warning is issued!',
      'Schools: classes on the east bank move to the sports hall during a red warning',
      'Pets: the shelter at the leisure centre will take dogs and cats this time',
      'Buses: the number 4 will run to the shelter every half hour, free of charge',
      'Volunteers: every registered older resident will get a phone call within the hour!',
    ],
    under: 'Who pays for the new flood wall?',
    headlines: [
      'Library campaigners plan march on county hall',
      'Police appeal for witnesses after bypass crash',
    ],
  },
  {
    name: 'fr-plan-canicule',
    url: 'https://www.courrierduval.example/actualite/valmont-plan-canicule',
    items: [
      "Piscine : l'entrée sera gratuite pour les moins de seize ans pendant toute la durée de l'alerte !",
      "Écoles : les sorties scolaires de l'après-midi seront annulées en vigilance rouge",
      "Fontaines : douze points d'eau potable supplémentaires dans les parcs de la ville",
      "Transports : les bus de la ligne 2 circuleront jusqu'à minuit pendant l'alerte",
      'Bénévoles : chaque personne inscrite recevra un appel dans la journée !',
    ],
    under: 'Un budget encore en discussion',
    headlines: [
      'Les commerçants du centre-ville inquiets après la fermeture du parking',
      'La rocade fermée deux nuits pour travaux la semaine prochaine',
    ],
  },
  {
    name: 'ar-khotat-sayf',
    url: 'https://www.assahil.example/watani/khotat-mawjat-alhar',
    items: [
      'المسبح البلدي: الدخول مجاني للأطفال طيلة أيام الإنذار!',
      'المدارس: إلغاء الخرجات المدرسية في فترة ما بعد الزوال',
      'النافورات: اثنتا عشرة نقطة جديدة للماء الشروب في حدائق المدينة',
      'النقل: حافلات الخط الثاني تعمل حتى منتصف الليل طيلة الإنذار',
      'المتطوعون: سيتلقى كل شخص مسجل مكالمة هاتفية خلال اليوم!',
    ],
    under: 'ميزانية لم تحسم بعد',
    headlines: [
      'تجار المدينة القديمة يحتجون على إغلاق موقف السيارات',
      'إغلاق الطريق الدائري ليلتين بسبب أشغال الصيانة',
    ],
  },
];

describe("a list of the article's own, its items glued (Chromium), stays in the body", () => {
  for (const page of PAGES)
    for (const renderer of RENDERERS)
      test(`${page.name} (${renderer}): every item, in order, and the subheading under the list`, () => {
        const b = body(page.name, renderer, page.url);
        const at = b.indexOf(page.items[0] ?? '');
        expect(at).toBeGreaterThan(0);
        // The two sentence items above, the five short ones, the subheading under them, in this order.
        expect(b.slice(at, at + page.items.length + 1)).toEqual([...page.items, page.under]);
        expect(b.slice(at - 2, at).every((t) => t.length > 100)).toBe(true);
      });
});

describe("guard: a site box's latest headlines under its two sentences, the footer under them, stay out", () => {
  for (const page of PAGES)
    for (const renderer of RENDERERS)
      test(`${page.name} (${renderer})`, () => {
        const b = body(page.name, renderer, page.url);
        for (const h of page.headlines) expect(b).not.toContain(h);
      });
});
