/**
 * A letter-like post closes with a short line and a sign-off (round 42e):
 * a club's post ends `Wir sehen uns bald!` ⏎ `Eure Abteilungsleitung`, an Arabic column
 * `والله من وراء القصد.`; the lines are the writer's, not furniture, and stay
 * in the body above the share row. Guards: a question addressed to readers
 * (`Eure Meinung?`) and a short slogan over the share row stay out.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const CLUB = [
  'SV Talheim 1921 e.V.',
  '',
  '  • Start',
  '  • Verein',
  '  • Mannschaften',
  '  • Kontakt',
  '',
  'Rückblick: Unsere Handballerinnen feiern den Aufstieg',
  '',
  'Veröffentlicht am 14. Mai 2026 von Petra Kühn in Handball',
  '',
  'Nach einem spannenden letzten Spieltag steht es fest: Unsere erste Damenmannschaft spielt in der kommenden Saison in der Landesliga und hat damit das große Ziel des Vereins erreicht.',
  '',
  'Gegen den TV Neuhausen reichte am Samstag ein 24:24, weil der direkte Konkurrent aus Bergheim zur gleichen Zeit überraschend verlor. In der Halle wurde danach lange gefeiert.',
  '',
  'Ein herzliches Dankeschön geht an das Trainerteam, an alle Helferinnen am Kuchenstand und an die vielen Fans, die uns auch auswärts lautstark unterstützt haben.',
  '',
  'Die offizielle Aufstiegsfeier findet am 6. Juni ab 18 Uhr im Vereinsheim statt.',
  '',
  'Wir sehen uns bald!',
  '',
  'Eure Abteilungsleitung',
  'Petra Kühn',
  '',
  'Teilen mit:',
  '',
  '  • Facebook',
  '  • WhatsApp',
  '',
  'Ähnliche Beiträge',
  '',
  '  • Jugendturnier in der Sporthalle Süd',
  '  • Neue Trikots für die B-Jugend',
  '',
  'Impressum | Datenschutz',
].join('\n');

const COLUMN = [
  'مدونة أوراق',
  'الرئيسية مقالات آراء من نحن اتصل بنا',
  'عن الحديقة التي صارت موقفا للسيارات',
  '',
  'بقلم: سمير الحداد | 2 نوفمبر 2026',
  '',
  'كانت الحديقة الصغيرة خلف المدرسة الابتدائية المكان الوحيد الذي يلعب فيه أطفال الحي بعد الظهر، وكان الكبار يجلسون على مقاعدها الخشبية حتى غروب الشمس.',
  '',
  'منذ شهرين وضعت البلدية سياجا حولها، ثم جاءت الجرافات، واليوم صارت الأرض موقفا للسيارات تديره شركة خاصة مقابل عشرة دراهم للساعة.',
  '',
  'لم يسأل أحد السكان عن رأيهم، ولم يعلق أي إعلان يشرح المشروع أو يذكر البديل الذي وعدت به البلدية في حملتها الانتخابية الأخيرة.',
  '',
  'والله من وراء القصد.',
  '',
  'شارك المقال: فيسبوك تويتر واتساب',
  '',
  'مقالات ذات صلة',
  'سوق الخميس القديم',
  'اترك تعليقاً',
].join('\n');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a post closed by a short line and a sign-off', () => {
  test('a club post keeps its closing line and its sign-off, not the share row', () => {
    const body = squash(
      parseArticle(CLUB, { url: 'https://www.sv-talheim.example/2026/05/14/aufstieg/' }).text,
    );
    expect(body).toContain(
      'Die offizielle Aufstiegsfeier findet am 6. Juni ab 18 Uhr im Vereinsheim statt.',
    );
    expect(body).toContain('Wir sehen uns bald!');
    expect(body).toContain('Eure Abteilungsleitung');
    expect(body).not.toContain('Teilen mit');
    expect(body).not.toContain('Jugendturnier');
  });

  test('an Arabic column keeps its closing formula, not the share row', () => {
    const body = squash(
      parseArticle(COLUMN, { url: 'https://awraq-blog.example/2026/11/02/hadiqa/' }).text,
    );
    expect(body).toContain('والله من وراء القصد.');
    expect(body).not.toContain('شارك المقال');
  });

  test('guard: a question to the readers and a slogan under the last paragraph stay out', () => {
    const text = CLUB.replace('Wir sehen uns bald!', 'Unterstützt den Verein!').replace(
      'Eure Abteilungsleitung\nPetra Kühn',
      'Eure Meinung?',
    );
    const body = squash(
      parseArticle(text, { url: 'https://www.sv-talheim.example/2026/05/14/aufstieg/' }).text,
    );
    expect(body).toContain(
      'Die offizielle Aufstiegsfeier findet am 6. Juni ab 18 Uhr im Vereinsheim statt.',
    );
    expect(body).not.toContain('Unterstützt den Verein!');
    expect(body).not.toContain('Eure Meinung?');
  });
});
