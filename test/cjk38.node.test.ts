/**
 * Chinese, Japanese and Korean news pages as crawler text (session 38). lynx
 * cuts a Chinese or Japanese paragraph at the width anywhere (one column a
 * character as it dumps them: every full line has the same length), carries
 * an unspaced run whole to the next line when it does not fit after a space,
 * and prints a paragraph's full-width indent (`　`) as it stands. Reporters
 * sign with a word beside their names: Korean `김민수 기자`, Japanese
 * `山田太郎記者`, Chinese `（记者 王明）`. Russian and Ukrainian bylines are read
 * already (guards). Pages written for the test, rendered by `renderPages`
 * (bench/probes/render.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'cjk38');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const RENDERS = ['chromium', 'w3m', 'lynx'] as const;

describe('a Japanese article dumped by lynx (every full line 74 characters long)', () => {
  const input = read('ja-station.lynx.txt');
  const a = parseArticle(input);

  test('five paragraphs, the wrapped ones joined with no space', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '市は十一日、老朽化が進む駅前広場を全面的に作り直す計画をまとめました。バスとタクシーの乗り場を分けて、歩く人が安全に通れる広い通路をつくるほか、広場の中央には木を植えて、休むことのできるベンチも置く予定です。',
      '今の広場は五十年ほど前につくられ、朝と夕方には車と人がいっしょに集まって、とても混雑しています。市が去年行った調査では、利用する人の七割近くが「歩きにくい」と答えていて、早く直してほしいという声が多く出ていました。',
      '計画では、工事を三つの段階に分けて進め、その間も駅を使う人が困らないように、仮の乗り場を近くの駐車場に設けるということです。工事にかかるお金はおよそ四十億円で、国の補助金も使う考えです。',
      '市の担当者は「子どもからお年寄りまで、だれもが安心して集まれる場所にしたい」と話していました。',
      '工事は来年の春に始まる予定です。',
    ]);
    for (const p of a.paragraphs) expect(foldLineBreaks(input.slice(p.start, p.end))).toBe(p.text);
  });
});

describe('a short Japanese article dumped by lynx (one line cut at the width, the only one)', () => {
  test('its first paragraph is whole, not cut mid-word into two', () => {
    for (const r of RENDERS) {
      const a = parseArticle(read(`ja-brief.${r}.txt`));
      expect(a.paragraphs).toHaveLength(3);
      expect(a.paragraphs[0]?.text).toBe(
        '市立図書館は来月から、平日の開館時間を午後九時まで延ばすことを決めました。仕事や学校の帰りに立ち寄りたいという利用者の声が多く寄せられていたためです。',
      );
    }
  });

  test('(guard) a paragraph closing on a quote, one a line, is not cut', () => {
    const lines = [
      '市長は記者会見で、来年度から市内のすべての小学校に新しい図書室をつくる計画を説明し「子どもたちが本に親しむ場所を増やしたい」',
      '計画では、三年かけて順番に工事を進め、本も毎年一万冊ずつ増やすということです。',
      '市は夏までに、学校ごとの詳しい日程を決める予定です。',
    ];
    const a = parseArticle(`図書室の計画\n\n${lines.join('\n')}\n`);
    expect(a.paragraphs.map((p) => p.text)).toEqual(lines);
  });
});

describe('a Chinese article dumped by lynx', () => {
  const a = parseArticle(read('zh-bridge.lynx.txt'));

  test('the lead opens with its agency line, carried whole over the break at its space', () => {
    expect(a.paragraphs).toHaveLength(5);
    // The space lynx broke at stays (session 39: it was lost, two CJK characters joined with none).
    expect(a.paragraphs[0]?.text.startsWith('本报讯（记者 王明）经过四年建设，')).toBe(true);
    expect(a.paragraphs[0]?.text.endsWith('将大大缓解老桥的交通压力。')).toBe(true);
  });
});

describe('reporters signing beside their names', () => {
  for (const r of RENDERS) {
    test(`Japanese \`<name>記者\` after the date (${r})`, () => {
      expect(parseArticle(read(`ja-station.${r}.txt`)).authors).toEqual(['山田太郎']);
    });
    test(`Chinese \`本报讯（记者 <name>）\` opening the lead (${r})`, () => {
      const a = parseArticle(read(`zh-bridge.${r}.txt`));
      expect(a.authors).toEqual(['王明']);
      // (guard) the editor's line under the body signs nothing, the lead stays whole
      expect(a.text).not.toContain('责任编辑');
      expect(a.paragraphs[0]?.text.startsWith('本报讯（记者')).toBe(true);
    });
    test(`Chinese \`来源：<site>\` on the date line: the source, the date read all the same (${r})`, () => {
      const a = parseArticle(read(`zh-bridge.${r}.txt`));
      expect(a.source?.name).toBe('江城日报');
      // (The time after a Chinese date is not read, before as now.)
      expect(a.publishedAt).toBe('2024-03-12');
    });
    test(`Korean \`<name> 기자\` under the headline (${r})`, () => {
      const a = parseArticle(read(`ko-market.${r}.txt`));
      expect(a.authors).toEqual(['김민수']);
      expect(a.publishedAt).toBe('2024-03-12T09:30');
    });
  }

  test('Korean `(<place>=<agency>) <name> 기자 =` opening the lead, no byline over it', () => {
    const input = [
      '홈 | 정치 | 경제 | 사회',
      '전통시장 주차장 확대 공사 시작',
      '입력 2024.03.12 09:30',
      '(해안=해안일보) 박서연 기자 = 시는 오래된 전통시장의 주차 공간을 두 배로 늘리는 공사를 이번 주부터 시작한다고 12일 밝혔다. 시장을 찾는 손님들이 주차할 곳을 찾지 못해 주변 도로에 차를 세우는 일이 잦았기 때문이다.',
      '새 주차장은 시장 뒤편의 빈 땅에 3층 규모로 지어지며, 모두 이백 대의 차를 세울 수 있다. 시는 공사 기간에도 시장 이용에 불편이 없도록 임시 주차장을 가까운 학교 운동장에 마련하기로 했다.',
      '시장 상인회 관계자는 주말마다 손님들이 차를 세우지 못해 그냥 돌아가는 경우가 많았다며 주차장이 생기면 매출도 늘어날 것으로 기대한다고 말했다.',
      '회사소개 | 개인정보처리방침',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['박서연']);
    expect(a.paragraphs[0]?.text.startsWith('(해안=해안일보) 박서연 기자 = 시는')).toBe(true);
  });

  test('Chinese `记者 <name> <name>` on a line of its own: two authors', () => {
    const input = [
      '首页 | 城市 | 经济',
      '江城新建跨江大桥今日通车',
      '2024年03月12日 09:30',
      '记者 王明 李华',
      '经过四年建设，连接江城南北两岸的新大桥于今天上午正式通车。大桥全长两千三百米，设有双向六车道和两条人行道，预计每天可通行车辆五万辆次。',
      '市交通局负责人在通车仪式上表示，新大桥通车后，从南岸新区到市中心的时间将由原来的四十分钟缩短到十五分钟左右。',
      '关于我们 | 联系我们',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['王明', '李华']);
    expect(a.text).not.toContain('记者 王明');
  });

  test('(guard) a reporter named inside a sentence signs nothing', () => {
    const input = [
      '首页 | 城市 | 经济',
      '江城新建跨江大桥今日通车',
      '2024年03月12日 09:30',
      '家住南岸的李女士告诉记者，她每天都要过江去上班，以前坐公交车要换乘两次，现在有了直达的线路，心里特别高兴。',
      '她说，希望以后能在桥上多设几个公交站点，方便附近的老人出行，也希望老桥修好以后还能继续使用。',
      '关于我们 | 联系我们',
    ].join('\n');
    expect(parseArticle(input).authors).toEqual([]);
  });
});

describe('a short Korean sentence closing the article', () => {
  for (const r of RENDERS) {
    test(`is the body's last paragraph, the reporter's address under it is not (${r})`, () => {
      const a = parseArticle(read(`ko-market.${r}.txt`));
      expect(a.paragraphs).toHaveLength(4);
      expect(a.paragraphs[3]?.text).toBe('공사는 올해 가을에 끝날 예정이다.');
      expect(a.text).not.toContain('minsu@');
    });
  }

  const body = [
    '홈 | 정치 | 경제 | 사회',
    '전통시장 주차장 확대 공사 시작',
    '입력 2024.03.12 09:30',
    '시는 오래된 전통시장의 주차 공간을 두 배로 늘리는 공사를 이번 주부터 시작한다고 12일 밝혔다. 시장을 찾는 손님들이 주차할 곳을 찾지 못해 주변 도로에 차를 세우는 일이 잦았기 때문이다.',
    '새 주차장은 시장 뒤편의 빈 땅에 3층 규모로 지어지며, 모두 이백 대의 차를 세울 수 있다. 시는 공사 기간에도 시장 이용에 불편이 없도록 임시 주차장을 가까운 학교 운동장에 마련하기로 했다.',
  ];
  const footer = ['', '많이 본 뉴스', '', '회사소개 | 개인정보처리방침', 'Copyright 해안일보'];
  test('(guard) a notice with no stop, and a call of two words, stay out', () => {
    for (const tail of ['무단 전재 및 재배포 금지', '지금 구독하세요.']) {
      const a = parseArticle([...body, tail, ...footer].join('\n'));
      expect(a.paragraphs).toHaveLength(2);
    }
  });
});

describe('(guards) what lynx printed as lines of their own stays so', () => {
  test('paragraphs each opened by a full-width indent are not one wrapped paragraph', () => {
    // lynx leaves a line shorter than its width as it is: each paragraph here is one line, opened by `　`; lines
    // closing on a bracket (no stop) and of like length looked wrapped.
    const lines = [
      '　市議会は五日、老朽化した旧フェリー桟橋を閉鎖することを賛成多数で決めました。昨年の冬の嵐で構造が大きく傷みました。（もう直せないだろう）',
      '　桟橋は百年以上前に造られ、新しいターミナルができるまで島へ渡る人たちが使っていました。今も漁師たちが毎朝、西側に船をつないでいます。「ここがいちばんだ」',
      '　市長は会議で「これ以上、市民に歩いてもらうことはできない」と述べ、夏までに修理の調査を行う考えを示しました。「急ぎます」',
      '　閉鎖に反対する住民たちは、桟橋は町の歴史の一部だとして、取り壊すのではなく補助金を使って修復するよう求めています。（まだ使えるはずだ）',
      '　入り口を囲う工事は来週から始まる予定で、周辺の道路も一部が通行止めになります。',
      '　市は説明会を開いて、住民の意見を聞く考えです。',
    ];
    const input = `   港町で古い桟橋の閉鎖が決まる\n\n${lines.join('\n')}\n`;
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual(lines.map((l) => l.slice(1)));
  });

  test('a two-character label over a paragraph is not the paragraph’s start', () => {
    const run =
      '作为创作人，她善于反省，善于学习，写歌很少重复自己，每一张专辑都在尝试新的声音和新的表达方式，让听众感到';
    const input = [
      '   首页 | 人物',
      '',
      '人物评价',
      '',
      '   编辑',
      `   ${run.slice(0, 71)}`,
      `   ${run.slice(71)}惊喜，也让同行感到佩服。`,
      '',
      '   她在歌唱技巧上的进步也十分明显，唱腔随意，歌声冷静内敛，音乐有一种感动人心的力量，这是很多乐评人的共同看法。',
      '',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.paragraphs.some((p) => p.text.startsWith('编辑'))).toBe(false);
  });

  for (const r of RENDERS) {
    test(`a Russian byline and date under the headline, a photo's credit out (${r})`, () => {
      const a = parseArticle(read(`ru-park.${r}.txt`));
      expect(a.authors).toEqual(['Иван Петров']);
      expect(a.publishedAt).toBe('2024-03-12T10:15');
      expect(a.paragraphs).toHaveLength(3);
      expect(a.text).not.toContain('Фото:');
    });
    test(`a Ukrainian \`Автор:\` and its date (${r})`, () => {
      const a = parseArticle(read(`uk-library.${r}.txt`));
      expect(a.authors).toEqual(['Олена Коваль']);
      expect(a.publishedAt).toBe('2024-03-12');
      expect(a.paragraphs).toHaveLength(3);
    });
  }
});
