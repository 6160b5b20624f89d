/**
 * Round 41p's two header cases: a site's name with an elided article glued before its menu on one line
 * (`L'Oasis Hebdo Accueil Régions Culture …`, as w3m and lynx print a masthead and its menu) is no headline
 * over a deck; and a column's author box printed above the headline (name ⏎ trade ⏎ headline ⏎ day), in a
 * script without case, leaves the headline the title and the name the author.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const FR_BODY =
  "La 60e édition du festival des roses s'est ouverte jeudi à Kelâat M'Gouna, en présence de milliers de visiteurs venus de tout le pays.\n\n" +
  "Les organisateurs attendent plus de 100 000 visiteurs jusqu'à dimanche, un record pour ce rendez-vous qui célèbre la récolte.\n";

describe('a masthead with an elided article glued to its menu', () => {
  test.each([
    ["L'Oasis Hebdo Accueil Régions Culture Photos Vidéos"],
    ["L'Économiste Accueil Économie Politique Société Sport"],
  ])('%s is no headline over the headline', (menu) => {
    const a = parseArticle(
      `${menu}\n\nEn images : le festival des roses de Kelâat M'Gouna\n\nPar Youssef Ait Lahcen - 4 décembre 2026\n\n${FR_BODY}`,
    );
    expect([a.title, a.authors]).toEqual([
      "En images : le festival des roses de Kelâat M'Gouna",
      ['Youssef Ait Lahcen'],
    ]);
  });
});

const AR_BODY =
  'لم يعد خافيا أن الأسر المغربية، بما فيها الأسر ذات الدخل المحدود، باتت تفضل التعليم الخصوصي كلما سمحت إمكاناتها بذلك.\n\n' +
  'وهذا التحول لا يعكس فقط تراجع جودة التعلمات، بل يكشف أيضا أزمة ثقة عميقة بين المدرسة العمومية ومحيطها الاجتماعي.\n';

describe("a column's author box above the headline", () => {
  test("as a renderer prints it: the menu on one line, blank lines between the box's lines", () => {
    const a = parseArticle(
      `الرئيسية أخبار رأي ثقافة رياضة فيديو\n\nرأي\n\nكريم الإدريسي\n\nأستاذ باحث في علوم التربية\n\nالمدرسة العمومية وسؤال الثقة\n\nالخميس 03 دجنبر 2026 - 21:10\n\n${AR_BODY}`,
    );
    expect([a.title, a.authors]).toEqual(['المدرسة العمومية وسؤال الثقة', ['كريم الإدريسي']]);
  });

  test('Arabic: name, trade, a headline of four words, the day', () => {
    const a = parseArticle(
      `صوت المغرب\n\nرأي\n\nكريم الإدريسي\nأستاذ باحث في علوم التربية\n\nالمدرسة العمومية وسؤال الثقة\n\nالخميس 03 دجنبر 2026 - 21:10\n\n${AR_BODY}`,
    );
    expect([a.title, a.authors, a.publishedAt?.slice(0, 10)]).toEqual([
      'المدرسة العمومية وسؤال الثقة',
      ['كريم الإدريسي'],
      '2026-12-03',
    ]);
  });

  test("the name and a guest's trade under the headline sign too", () => {
    const a = parseArticle(
      `صوت المغرب\n\nالمدرسة العمومية وسؤال الثقة\n\nكريم الإدريسي\nأستاذ باحث في علوم التربية\n\nالخميس 03 دجنبر 2026 - 21:10\n\n${AR_BODY}`,
    );
    expect([a.title, a.authors]).toEqual(['المدرسة العمومية وسؤال الثقة', ['كريم الإدريسي']]);
  });
});
