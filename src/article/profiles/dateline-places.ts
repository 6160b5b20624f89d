/**
 * Cities written after a reporter's name in Arabic and French bylines
 * (`سامر الخطيب-الدوحة`): the part after the dash is a place, not the name.
 * Data only; the entity lexicon's places are consulted too.
 */
import { phrases } from '../../util/tables.js';
export const DATELINE_PLACES: readonly string[] = /* @__PURE__ */ phrases(
  'الرباط|الدار البيضاء|طنجة|فاس|مراكش|أكادير|وجدة|العيون|الداخلة|الجزائر|وهران|قسنطينة|تونس|صفاقس|سوسة|' +
    'نواكشوط|طرابلس|بنغازي|القاهرة|الإسكندرية|الخرطوم|الدوحة|دبي|أبوظبي|الرياض|جدة|الكويت|المنامة|مسقط|عمان|' +
    'بيروت|دمشق|بغداد|القدس|غزة|رام الله|صنعاء|أنقرة|إسطنبول|طهران|باريس|لندن|مدريد|بروكسل|جنيف|روما|برلين|' +
    'موسكو|واشنطن|نيويورك|بكين|داكار|باماكو|نيامي|أديس أبابا|نيروبي',
);
