// biome-ignore-all format: data tables are packed to keep the bundle small
/** Arabic function words, time words and counted-noun data for the Arabic recognisers. Data only. */

import { prefixWords, words } from '../../util/tables.js';

/**
 * Function words, pronouns, auxiliaries and frequent verbs: never part of a name. Read as a set: sorted by
 * code unit and prefix-coded (`prefixWords`: `قال 3ت` is قال, قالت). To add a word, write the table again
 * with `prefixCode([...AR_STOP, word].sort())`.
 */
export const AR_STOP: readonly string[] = /* @__PURE__ */ prefixWords(
  'آخر أخرى 1زيد 1ضاف 4ت 1قل 1كثر 2د 3ت 1مام 2س 1ن 2ت 2ه 3ا 1و 1ي 2ضا 2ن إذ 2ا 1طار 1لى 2يه 4ا 1ن 2ه 3ا الآن ' +
  '2أخرى 2بلاد 2تي 2جاري 3ديد 6ة 3مهورية 2حالي 6ة 3كومة 2دولة 2ذي 4ن 2سابق 6ة 4عة 2فارط 3ريق 2قادم 2لتين ' +
  '3ذين 2ماضي 3باراة 3ختص 6ة 3ذكور 7ة 3عني 6ة 3قبل 3ملكة 3نتخب 4صرم 2ى 2يوم 1ن بحسب 1شأن 1عد 2ض 1ل 1ه 2ا 1ين ' +
  '3ما تحت 1كون 1لك ثم جدا 2يد 4ة 1مهورية حتى 1سب 1والي 2ل 1يث خلال دولة 2ن ذاته 4ا 1لك رئيس 1غم زهاء سابق ' +
  '4ة 1لطنة 1نة 1وى شهر صباح ضد 1من عام 3ة 1بر 1لى 2ي 3ه 4ا 1ن 2د 3ما 2ه 3ا غدا 1ير فقط 1وق 1ى 1ي 2ما 2ه 3ا ' +
  'قال 3ت 1بل 1د 1رابة كان 3ت 1ل 1ما 1ي 2ف لأن 1ا 1دى 2ي 1قد 1كن 2ي 1م 1ن 1ه 2ا 2م 1و 1يس 3ت ما 1تى 1ثل 1ساء ' +
  '3عد 1ع 1ملكة 1ن 2تدب 5ة 2ذ 2ه 3ا نحن 2و 1فسه 4ا هؤلاء 1ذا 2ه 1ل 1م 1ن 1و 1ي و 1التي 3ذي 1ذلك 1راء 1زير ' +
  '1فق 3ا 1قال 4ت 1هو 2ي يكون 1وم',
);

/** Head nouns of durations, times and ordinals: a number before them is no quantity. */
export const AR_NOT_UNITS: readonly string[] = /* @__PURE__ */ words(
  'سنة سنوات سنين عام عاما أعوام شهر شهرا أشهر شهور يوم يوما أيام ساعة ساعات دقيقة دقائق ثانية ثوان ثواني ' +
  'أسبوع أسبوعا أسابيع قرن قرنا عقد عقود ليلة ليال مرة مرات صباحا مساء مساءا ظهرا ليلا في من إلى الى على ' +
  'عن مع أو و إلى مقابل حتى بالمئة بالمائة ألف الف آلاف مليون ملايين مليار مليارات ملايير هـ ه م بين خلال ' +
  'منذ بعد قبل عند نقاط المائة درجة درجات رقم عدد إلي'
);

/** Words before a number that make it an ordinal, an article number or a label: no quantity (`الفصل 68`). */
export const AR_NUMBER_LABELS: readonly string[] = /* @__PURE__ */ words(
  'الفصل المادة مادة الفقرة البند الدقيقة الدورة الرقم رقم عدد القانون الـ ال الشهر الأسبوع اليوم المرتبة ' +
  'الجولة الطبعة النسخة الساعة الصفحة المرسوم الظهير'
);

/** Plural counted nouns → their singular unit. */
export const AR_PLURAL_UNITS: Readonly<Record<string, string>> = {
  أطنان: 'طن', هكتارات: 'هكتار', كيلومترات: 'كيلومتر', كيلوغرامات: 'كيلوغرام', أمتار: 'متر', لترات: 'لتر',
  براميل: 'برميل', مسافرين: 'مسافر', سياح: 'سائح', زوار: 'زائر', نواب: 'نائب', أشخاص: 'شخص', مواطنين: 'مواطن',
  مناصب: 'منصب', وحدات: 'وحدة', مشاريع: 'مشروع', سفن: 'سفينة', طائرات: 'طائرة', سيارات: 'سيارة', شاحنات: 'شاحنة',
  مؤسسات: 'مؤسسة', شركات: 'شركة', حالات: 'حالة', أقراص: 'قرص', نقاط: 'نقطة', مقاعد: 'مقعد', أصوات: 'صوت',
  تلاميذ: 'تلميذ', طلبة: 'طالب', طلاب: 'طالب', أسر: 'أسرة', عائلات: 'عائلة', قتلى: 'قتيل', جرحى: 'جريح',
  مصابين: 'مصاب', لاعبين: 'لاعب', مهاجرين: 'مهاجر', منازل: 'منزل', مساكن: 'مسكن', رؤوس: 'رأس', هكتارا: 'هكتار',
};

/** Words that follow a counted noun as its second part (`متر مكعب`, `نقطة أساس`). */
export const AR_UNIT_SECOND: readonly string[] = /* @__PURE__ */ words('مكعب مربع أساس مكعبة مربعة');
