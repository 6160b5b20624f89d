/**
 * Hard-wrapped text made by other tools than lynx (round 43w): a short Arabic
 * dispatch, a paper's text edition whose paragraphs are parted by an indent
 * and no blank line, a wire copy's byline under a headline that reaches the
 * width, and a fixed-width archive's rule over a row of links.
 */
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';

describe('hard-wrapped text other tools make', () => {
  test('a short Arabic dispatch of three wrapped paragraphs (six measured lines of four lengths) is joined', () => {
    const input = [
      'وجدة 7 دجنبر 2026 (و م ع) - افتتحت وزارة التربية الوطنية، اليوم الاثنين،',
      'ثانوية تأهيلية جديدة بحي الأندلس بمدينة وجدة، تتسع لألف ومائتي تلميذ،',
      'بكلفة بلغت ستين مليون درهم.',
      '',
      'وأفاد بلاغ للمديرية الإقليمية أن المؤسسة تضم مختبرات علمية وقاعة متعددة',
      'الوسائط وملعبا رياضيا مغطى، وستستقبل تلاميذ الأحياء الشرقية ابتداء من',
      'الأسبوع المقبل.',
      '',
      'ويأتي افتتاح المؤسسة في إطار برنامج يهم بناء عشرين ثانوية بجهة الشرق قبل',
      'سنة 2028.',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'وجدة 7 دجنبر 2026 (و م ع) - افتتحت وزارة التربية الوطنية، اليوم الاثنين، ثانوية تأهيلية جديدة بحي الأندلس بمدينة وجدة، تتسع لألف ومائتي تلميذ، بكلفة بلغت ستين مليون درهم.',
      'وأفاد بلاغ للمديرية الإقليمية أن المؤسسة تضم مختبرات علمية وقاعة متعددة الوسائط وملعبا رياضيا مغطى، وستستقبل تلاميذ الأحياء الشرقية ابتداء من الأسبوع المقبل.',
      'ويأتي افتتاح المؤسسة في إطار برنامج يهم بناء عشرين ثانوية بجهة الشرق قبل سنة 2028.',
    ]);
    expect(a.publishedAt).toBe('2026-12-07');
    // Spans cover the wrapped lines (the agency's code is named as the table spells it, so checkArticle's source test is not run).
    for (const p of a.paragraphs) expect(foldLineBreaks(input.slice(p.start, p.end))).toBe(p.text);
  });

  test('paragraphs parted by an indent on their first line and no blank line are each joined', () => {
    const input = [
      'Safi dock workers end strike',
      '',
      'By Karim El Fassi',
      'December 7, 2026',
      '',
      '    SAFI - Dock workers at the phosphate terminal returned to work on',
      'Monday after a three-day stoppage over the new shift rota, the port',
      'operator said in a statement read to the crews at the gate.',
      '    The union had asked for a fourth crew on the night shift, when',
      'most of the fertiliser ships are loaded and the cranes work without a',
      'break.  The operator agreed to hire forty more workers by March.',
      '    Two bulk carriers that had waited at anchor since Friday were',
      'brought alongside within hours, and a third is expected on Wednesday',
      'with a cargo of sulphur from the Gulf.',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe('Safi dock workers end strike');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'SAFI - Dock workers at the phosphate terminal returned to work on Monday after a three-day stoppage over the new shift rota, the port operator said in a statement read to the crews at the gate.',
      'The union had asked for a fourth crew on the night shift, when most of the fertiliser ships are loaded and the cranes work without a break.  The operator agreed to hire forty more workers by March.',
      'Two bulk carriers that had waited at anchor since Friday were brought alongside within hours, and a third is expected on Wednesday with a cargo of sulphur from the Gulf.',
    ]);
    checkArticle(input, a);
  });

  test("a byline under a headline that reaches the width is no wrapped end of the headline's line", () => {
    const input = [
      'Safi dock workers end three-day strike as port agrees to new crews',
      'By KARIM EL FASSI',
      'Associated Press',
      '',
      'RABAT, Morocco (AP) — Dock workers at the phosphate terminal of Safi',
      'returned to work on Monday after a three-day stoppage over the new',
      'shift rota, the port operator said.',
      '',
      'The union had asked for a fourth crew on the night shift, when most',
      'of the fertiliser ships are loaded. The operator agreed to hire',
      'forty more workers by March, a spokesman said.',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe('Safi dock workers end three-day strike as port agrees to new crews');
    expect(a.authors).toEqual(['KARIM EL FASSI']);
    checkArticle(input, a);
  });

  test('a rule of one repeated mark is never joined to the line under it', () => {
    const rule = '-'.repeat(64);
    const input = [
      '      Agadir : le port de pêche se dote d’une halle neuve',
      '',
      '                     Jeudi 3 décembre 1998',
      '',
      rule,
      '',
      'La nouvelle halle au poisson du port d’Agadir a ouvert ses',
      'portes mercredi matin, après dix-huit mois de travaux. Le',
      'bâtiment remplace l’ancienne criée construite au lendemain du',
      'séisme de 1960, et les mareyeurs y disposent désormais de',
      'chambres froides et d’une salle de vente aux enchères.',
      '',
      rule,
      '[Retour au sommaire]  [Archives 1998]  [Écrire à la rédaction]',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.related).toEqual([]);
    expect(a.paragraphs.map((p) => p.text).join(' ')).not.toContain('---');
    expect(a.paragraphs).toHaveLength(1);
    checkArticle(input, a);
  });
});
