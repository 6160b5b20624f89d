/**
 * Chinese and Japanese pages as a browser copies them (one line a paragraph, no space between words): each
 * paragraph stays its own, the short last one too. Two readers took them for something else: the hard-wrap
 * reader took paragraphs of like length closing on `。` for wrapped lines (the full-width stops were not stops to
 * it), and the body reader took a short sentence with no space for a menu's lone word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'cjk37');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('a Japanese article copied by a browser', () => {
  const input = read('ja-harbour.chromium.txt');
  const a = parseArticle(input);

  test('five paragraphs, one a line, none joined to the next', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '市議会は5日、老朽化した旧フェリー桟橋を閉鎖することを賛成多数で決めました。昨年の冬の嵐で構造が大きく傷み、専門家から崩れるおそれがあると指摘されていました。',
      '桟橋は百年以上前に造られ、新しいターミナルができるまで島へ渡る人たちが使っていました。今も漁師たちが毎朝、西側に船をつないでいます。',
      '市長は会議で「これ以上、市民に歩いてもらうことはできない」と述べ、夏までに修理の調査を行う考えを示しました。',
      '閉鎖に反対する住民たちは、桟橋は町の歴史の一部だとして、取り壊すのではなく補助金を使って修復するよう求めています。',
      '入り口を囲う工事は来週から始まる予定です。',
    ]);
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  test('(guard) the title, and the menu, share bar and footer stay out', () => {
    expect(a.title).toBe('港町で古い桟橋の閉鎖が決まる');
    for (const line of ['ニュース', 'この記事をシェアする', '関連記事', 'プライバシーポリシー'])
      expect(a.text).not.toContain(line);
  });
});

describe('a Chinese article copied by a browser', () => {
  const a = parseArticle(read('zh-harbour.chromium.txt'));

  test('its short last paragraph (a sentence of sixteen characters) closes the body', () => {
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs[4]?.text).toBe('封闭码头入口的工程预计下周开始。');
  });

  test('(guard) the menu entries and the boxes after the body stay out', () => {
    expect(a.title).toBe('海港小镇决定关闭百年老码头');
    for (const line of ['首页', '责任编辑：王明', '相关新闻', '热门排行', '关于我们'])
      expect(a.text).not.toContain(line);
  });
});
