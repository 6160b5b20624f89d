/**
 * An Arabic column prints a short title (two words) over the writer's name
 * alone and the day: in a script without case both lines are shaped like
 * names. The one under, opening with a first name the lexicon knows (`محمد`,
 * or a compound `عبد …` before the family name), is the byline; the one over
 * it, opening with none, the title. Found by a variant of blind round 35's
 * column.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const P1 =
  'مع كل موجة برد تعود الأسعار إلى الارتفاع، وتعود معها الوعود الحكومية بضبط الأسواق ومحاربة المضاربين، ثم تمر الأيام دون أن يتغير شيء في جيب المواطن البسيط.';
const P2 =
  'الحل ليس في الحملات الموسمية، بل في نشر أرقام المخزون وأسعار أسواق الجملة كل أسبوع، حتى يعرف الجميع من يربح ومن يخسر.';

const column = (title: string, names: readonly string[]) =>
  [
    'نبض المغرب',
    'الرئيسية',
    'كتاب وآراء',
    title,
    ...names,
    'الخميس 03 ديسمبر 2026',
    P1,
    P2,
    '© نبض المغرب 2026',
  ].join('\n\n');

describe('a two-word column title over the writer’s name alone', () => {
  test('is the title, the name the author (a known first name, a compound one)', () => {
    for (const name of ['محمد العلوي', 'عبد الرحيم العلوي']) {
      const a = parseArticle(column('شتاء الأسعار', [name]));
      expect(a.title).toBe('شتاء الأسعار');
      expect(a.authors).toEqual([name]);
      expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    }
  });

  test('a longer title over two writers’ names keeps both names out of the title', () => {
    const title = 'شتاء الأسعار والوعود الحكومية التي لا تتحقق';
    const a = parseArticle(column(title, ['محمد العلوي', 'سعاد بنعلي']));
    expect(a.title).toBe(title);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});
