/**
 * Fixes found by the sixth blind round of synthetic dumps
 * (test/fixtures/dumps-blind30/), each checked on a page of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const SEP = '\u00a0'.repeat(4);

describe('a ticker item labelled with its rubric before a pipe', () => {
  test('the rubric is the kicker, not the rubric and the colon lead after it', () => {
    const items = [
      'Santé | Vaccination : la campagne contre la grippe démarre lundi',
      'Transport | Autoroute : travaux de nuit entre Fès et Meknès',
      'Météo | Des averses attendues sur le littoral nord',
      'Emploi | Le chômage recule au troisième trimestre',
      'Sport | Athlétisme : trois médailles aux championnats arabes',
      'Culture | Le musée de la photographie rouvre ses salles',
    ];
    const ticker = parseTicker(`${items.join(SEP)}${SEP}`);
    expect(ticker.map((i) => i.text)).toEqual(items);
    expect(ticker.map((i) => i.kicker)).toEqual([
      'Santé',
      'Transport',
      'Météo',
      'Emploi',
      'Sport',
      'Culture',
    ]);
  });

  test('a colon lead with no pipe before it stays the kicker', () => {
    const items = [
      'Agriculture : la récolte de dattes dépasse les prévisions',
      'Tourisme | Les arrivées en hausse de 11 % sur un an',
      'Justice : le procès renvoyé au mois de mars',
    ];
    const ticker = parseTicker(`${items.join(SEP)}${SEP}`);
    expect(ticker.map((i) => i.kicker)).toEqual(['Agriculture', 'Tourisme', 'Justice']);
  });
});

describe('a name alone between the headline and the first paragraph, no date on the page', () => {
  const page = [
    'Le Journal des Oasis',
    'Accueil',
    'Régions',
    'Économie',
    'Sport',
    'Régions',
    'Les palmeraies de Tozeur testent un système d’irrigation goutte à goutte',
    'Mourad Ben Salah',
    'Une trentaine d’agriculteurs de Tozeur participent depuis le début de l’année à un essai d’irrigation goutte à goutte financé par un programme régional de l’eau.',
    'Les premiers relevés montrent une baisse de près d’un tiers de la consommation d’eau sur les parcelles équipées, sans perte de rendement pour les palmiers.',
    'Les responsables du projet espèrent étendre le système à deux cents exploitations d’ici à la fin de la décennie.',
    'Partager',
  ].join('\n');

  test('the name is the author, and stays out of the body', () => {
    const a = parseArticle(page);
    expect(a.title).toBe(
      'Les palmeraies de Tozeur testent un système d’irrigation goutte à goutte',
    );
    expect(a.authors).toEqual(['Mourad Ben Salah']);
    expect(a.text).not.toContain('Mourad Ben Salah');
    expect(a.paragraphs[0]?.text.startsWith('Une trentaine d’agriculteurs')).toBe(true);
  });

  test('in Arabic, a name with no case', () => {
    const ar = [
      'صوت الجنوب',
      'الرئيسية',
      'محلي',
      'رياضة',
      'محلي',
      'افتتاح سوق أسبوعي جديد للماشية ببلدية عين الملح',
      'عمر بن يوسف',
      'افتتح صباح اليوم سوق أسبوعي جديد للماشية ببلدية عين الملح، بعد أشغال دامت أكثر من سنة لتهيئة الأرضية وإنجاز الممرات والمرافق الصحية.',
      'ويتوقع القائمون على السوق أن يستقبل مئات الموالين كل أسبوع من البلديات المجاورة، مما سيخفف الضغط على الأسواق القديمة.',
      'شارك',
    ].join('\n');
    const a = parseArticle(ar);
    expect(a.title).toBe('افتتاح سوق أسبوعي جديد للماشية ببلدية عين الملح');
    expect(a.authors).toEqual(['عمر بن يوسف']);
  });
});

describe('a byline closed by the agencies it drew on', () => {
  const page = (byline: string) =>
    [
      'Maghreb Hebdo',
      'Accueil',
      'Monde',
      'Économie',
      'Monde',
      'Le Niger et le Bénin rouvrent leur frontière au trafic des marchandises',
      byline,
      'Publié le 03/02/2025 à 11h20',
      'Les autorités des deux pays ont annoncé lundi la réouverture de leur frontière commune aux camions de marchandises, fermée depuis plus d’un an et demi.',
      'Les transporteurs, dont des centaines de véhicules attendaient de part et d’autre, ont salué une décision qui doit relancer les échanges entre les deux pays.',
      'Partager',
    ].join('\n');

  test('`Par X, avec AFP et Reuters`: X is the author, the first agency the source', () => {
    const a = parseArticle(page('Par Karim Ouédraogo, avec AFP et Reuters'));
    expect(a.authors).toEqual(['Karim Ouédraogo']);
    expect(a.source?.name).toBe('AFP');
  });

  test('`Par X, avec Reuters`: one agency, the source', () => {
    const a = parseArticle(page('Par Karim Ouédraogo, avec Reuters'));
    expect(a.authors).toEqual(['Karim Ouédraogo']);
    expect(a.source?.name).toBe('Reuters');
  });

  test('`Par X (avec APS et AFP)`: the agencies in parentheses', () => {
    const a = parseArticle(page('Par Karim Ouédraogo (avec APS et AFP)'));
    expect(a.authors).toEqual(['Karim Ouédraogo']);
    expect(a.source?.name).toBe('APS');
  });

  test('a co-author named after `avec` is no source', () => {
    const a = parseArticle(page('Par Karim Ouédraogo, avec Aminata Diallo'));
    expect(a.source).toBeUndefined();
  });
});

describe('a box of the same series under the text (`Autres communiqués`, `More episodes`)', () => {
  test('French: the headlines under `Autres communiqués` are related links', () => {
    const page = [
      'La Voix de Béjaïa',
      'Accueil',
      'Région',
      'Annonces',
      'Communiqué',
      'Travaux sur la route nationale 9 : circulation alternée à Souk El Tenine',
      'Publié le 21/10/2025',
      'La direction des travaux publics informe les usagers que la circulation sera alternée sur un tronçon de la route nationale 9 pendant toute la durée des travaux de confortement.',
      'Les automobilistes sont invités à respecter la signalisation mise en place et à réduire leur vitesse à l’approche du chantier.',
      'Partager',
      'Autres communiqués',
      'Coupure d’eau programmée mardi dans le quartier Ihaddaden',
      'Ouverture des inscriptions au centre de formation professionnelle d’Amizour',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.related.map((r) => r.title)).toEqual([
      'Coupure d’eau programmée mardi dans le quartier Ihaddaden',
      'Ouverture des inscriptions au centre de formation professionnelle d’Amizour',
    ]);
    expect(a.text).not.toContain('Ihaddaden');
  });

  test('English: the headlines under `More press releases` are related links', () => {
    const page = [
      'Gulf Business Wire',
      'Home',
      'Press releases',
      'PRESS RELEASE',
      'Logistics group opens cold-storage hub in Jebel Ali',
      'Published: 11 April 2025',
      'DUBAI, April 11, 2025 – A logistics group announced today the opening of a cold-storage hub in Jebel Ali with room for 40,000 pallets of food and medicine.',
      'The hub will serve importers across the region and employ about 300 people once it reaches full capacity next year, the company said.',
      'More press releases',
      'Bank opens two branches in Sharjah',
      'Airline adds weekly flights to Almaty',
    ].join('\n');
    expect(parseArticle(page).related.map((r) => r.title)).toEqual([
      'Bank opens two branches in Sharjah',
      'Airline adds weekly flights to Almaty',
    ]);
  });

  test('English: the episodes under `More episodes` are related links', () => {
    const page = [
      'Desert Voices Podcast',
      'Home',
      'Episodes',
      'About',
      'Episode 12',
      'Bringing water back to the old oases',
      'June 3, 2025',
      'In this episode we visit three oases where farmers are restoring the underground channels that carried water to their fields for centuries.',
      'The host talks to a hydrologist and to two families who returned to farming after years away, about what the work costs and what it brings back.',
      'More episodes',
      'Episode 11: The salt caravans that still cross the desert',
      'Episode 10: How date palms are pollinated by hand',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.related.map((r) => r.title)).toEqual([
      'Episode 11: The salt caravans that still cross the desert',
      'Episode 10: How date palms are pollinated by hand',
    ]);
  });

  test("a headline asking a question is one of the box's links", () => {
    const page = [
      'Harbour Weekly',
      'Home',
      'Shipping',
      'Ports',
      'New cranes arrive at the northern container terminal',
      'May 14, 2025',
      'Four ship-to-shore cranes arrived at the northern container terminal on Tuesday, part of an expansion meant to double its capacity by the end of next year.',
      'The operator said the cranes would be tested over the summer and put into service in September, once the new quay wall has been completed.',
      'Related Stories',
      'Dredging of the outer channel to start in the autumn',
      'Will the new terminal take ships away from the southern port?',
      'Footer',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.related.map((r) => r.title)).toEqual([
      'Dredging of the outer channel to start in the autumn',
      'Will the new terminal take ships away from the southern port?',
    ]);
    expect(a.text).not.toContain('southern port');
  });
});

describe("a survey's answers over their percentages inside the text", () => {
  const page = [
    'Le Progrès du Sahel',
    'Accueil',
    'Société',
    'Société',
    'Enquête : six étudiants sur dix travaillent pendant leurs études',
    'Publié le 18 novembre 2025',
    'Par Hela Mansouri',
    'Une enquête menée en octobre auprès de 900 étudiants de Sousse et de Monastir montre que la majorité d’entre eux occupent un emploi pendant l’année universitaire.',
    'À la question « Travaillez-vous pendant vos études ? », les réponses se répartissent ainsi :',
    'Oui',
    '38 %',
    'Parfois',
    '24 %',
    'Non',
    '38 %',
    'Les étudiants qui travaillent citent d’abord le coût du logement et des transports, loin devant les loisirs ou les voyages.',
    'Partager',
  ].join('\n');

  test('the paragraph after the answers stays in the body', () => {
    const a = parseArticle(page);
    expect(a.paragraphs[0]?.text.startsWith('Une enquête menée en octobre')).toBe(true);
    expect(a.paragraphs.at(-1)?.text.startsWith('Les étudiants qui travaillent')).toBe(true);
  });
});
