/**
 * Generated French and Arabic news-like text for the entity speed bench:
 * sentences from templates with varied people, places, organisations, months,
 * units, currencies and numbers, from a seeded generator (the same text on
 * every run). Written for the bench; no corpus text.
 */
import { prng } from './prng.js';

export { prng };

export const FR = {
  people: [
    'Nadia Fettah',
    'Aziz Akhannouch',
    'Karim Zidane',
    'Fouzi Lekjaa',
    'Leila Benali',
    'Abdelmadjid Tebboune',
    'Kaïs Saïed',
    'Emmanuel Macron',
    'Christine Lagarde',
    'Abdellatif Jouahri',
  ],
  places: [
    'Rabat',
    'Casablanca',
    'Tanger',
    'Alger',
    'Oran',
    'Tunis',
    'Sfax',
    'Paris',
    'Marseille',
    'Dakar',
    'Agadir',
    'Béjaïa',
  ],
  orgs: [
    'Bank Al-Maghrib',
    'le Fonds monétaire international',
    "l'Office national des hydrocarbures et des mines",
    'la Banque mondiale',
    'Sonatrach',
    "l'OCP",
    'la Commission européenne',
    'le Haut-Commissariat au Plan',
  ],
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  units: ['tonnes', 'hectares', 'kilomètres', 'logements', 'emplois', 'voyageurs', 'mégawatts'],
  currencies: ['dirhams', "d'euros", 'dinars', 'de dollars'],
  verbs: ['a annoncé', 'a indiqué', 'a précisé', 'a souligné', 'a rappelé'],
  templates: [
    '{P}, ministre de l’Économie, {V} à {L} le {d} {M} {Y} que le déficit budgétaire atteindrait {f} % du PIB, contre {f} % un an plus tôt.',
    'Selon {O}, les recettes ont progressé de {f} % pour atteindre {n},{d} milliards {C} à fin {M}, tandis que les dépenses ont reculé de {n} millions {C}.',
    'Le projet, lancé à {L} en {Y}, prévoit la création de {N} {U} et un investissement de {n} millions {C}, {V} {P} mardi.',
    'À {L}, {O} {V} que le taux directeur restait inchangé à {f} %, et que l’inflation avait ralenti à {f} % en {M}.',
    'Les exportations vers {L} ont bondi de {n} % au premier trimestre {Y}, selon les chiffres publiés jeudi par {O}.',
    '{P} a reçu lundi à {L} une délégation conduite par {P}, venue préparer le forum prévu du {d} au {d} {M} {Y}.',
  ],
};

export const AR = {
  people: [
    'عبد المجيد تبون',
    'قيس سعيد',
    'نادية فتاح',
    'فوزي لقجع',
    'عزيز أخنوش',
    'سعاد عبد الرحيم',
    'محمد بن علي',
    'ليلى بنعلي',
    'كريم زيدان',
    'طارق عامر',
  ],
  places: [
    'الرباط',
    'الدار البيضاء',
    'طنجة',
    'الجزائر',
    'وهران',
    'تونس',
    'صفاقس',
    'القاهرة',
    'الرياض',
    'جدة',
    'باريس',
    'ورقلة',
  ],
  orgs: [
    'بنك المغرب',
    'صندوق النقد الدولي',
    'وزارة الاقتصاد والمالية',
    'المعهد الوطني للإحصاء',
    'البنك المركزي المصري',
    'مجلس النواب',
    'المندوبية السامية للتخطيط',
    'سوناطراك',
  ],
  months: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'ماي',
    'يونيو',
    'يوليوز',
    'غشت',
    'شتنبر',
    'أكتوبر',
    'نونبر',
    'دجنبر',
    'جانفي',
    'فيفري',
    'أفريل',
    'جوان',
    'جويلية',
    'أوت',
  ],
  units: ['طن', 'هكتار', 'كيلومتر', 'مسافرا', 'منصب شغل', 'ميغاواط', 'سائحا'],
  currencies: ['درهم', 'دينار', 'دولار', 'أورو', 'جنيه'],
  verbs: ['أعلن', 'أكد', 'أوضح', 'كشف', 'أفاد'],
  templates: [
    '{V} {P}، اليوم الخميس ب{L}، أن عجز الميزانية سيبلغ {f} في المائة من الناتج الداخلي الخام خلال سنة {Y}، مقابل {f} في المائة في العام الماضي.',
    'وحسب معطيات {O}، ارتفعت المداخيل بنسبة {f}% لتصل إلى {n},{d} مليار {C} عند متم شهر {M}، في حين تراجعت النفقات بـ{n} مليون {C}.',
    'ويهدف المشروع الذي أطلق في {L} سنة {Y} إلى إحداث {N} {U} باستثمار قدره {n} مليون {C}، وفق ما {V} {P} يوم الثلاثاء.',
    'وفي {L}، {V} {O} أن سعر الفائدة الرئيسي ظل دون تغيير عند {f} %، وأن التضخم تراجع إلى {f} % في {M} الماضي.',
    'وقفزت الصادرات نحو {L} بنسبة {n} في المائة خلال الربع الأول من سنة {Y}، بحسب أرقام نشرها {O} أمس الأربعاء.',
    'واستقبل {P} يوم الاثنين ب{L} وفدا يقوده {P}، لتحضير المنتدى المرتقب من {d} إلى {d} {M} {Y}.',
  ],
};

export type Lang = typeof FR;

/** A paragraph of about `size` characters in the language `l`, numbers varied. */
export function paragraph(l: Lang, rnd: () => number, size: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    const s = pick(l.templates).replace(/\{(\w)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'P':
          return pick(l.people);
        case 'L':
          return pick(l.places);
        case 'O':
          return pick(l.orgs);
        case 'M':
          return pick(l.months);
        case 'U':
          return pick(l.units);
        case 'C':
          return pick(l.currencies);
        case 'V':
          return pick(l.verbs);
        case 'Y':
          return String(2015 + Math.floor(rnd() * 12));
        case 'd':
          return String(1 + Math.floor(rnd() * 28));
        case 'n':
          return String(2 + Math.floor(rnd() * 950));
        case 'N':
          return String(100 + Math.floor(rnd() * 90000)).replace(/\B(?=(\d{3})+$)/g, ' ');
        case 'f':
          return (rnd() * 20).toFixed(1).replace('.', l === FR ? ',' : '.');
        default:
          return slot;
      }
    });
    out.push(s);
    length += s.length + 1;
  }
  return out.join(' ');
}

/** Paragraphs joined by blank lines up to `bytes` characters. */
export function text(l: Lang, seed: number, chars: number, paraSize = 1000): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = paragraph(l, rnd, paraSize);
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
}
