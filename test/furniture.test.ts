/**
 * The shared furniture vocabulary (src/furniture): headings over teasers,
 * comment-thread headings, footers' rights notices and interface lines, as
 * the body region, the page title and the HTML pipeline read them. Lines are
 * written here, in the shapes blogs and news sites print them.
 */
import { describe, expect, test } from 'vitest';
import { isReaderAppeal } from '../src/furniture/appeals.js';
import { isAuthorBio } from '../src/furniture/bio.js';
import { isPictureCaption } from '../src/furniture/captions.js';
import {
  FORM_GATE,
  isCommentFormLine,
  isCommentHeading,
  WALL_GATE,
} from '../src/furniture/comments.js';
import { isConsentNotice } from '../src/furniture/consent.js';
import { isEngagementCounter } from '../src/furniture/counters.js';
import {
  endsWithPhotoCredit,
  isAgencyCaption,
  isLabelledCaption,
  isPhotoCredit,
} from '../src/furniture/credits.js';
import { isInterfaceLine, SHARE_GATE, SHARE_TARGETS } from '../src/furniture/interface.js';
import { isPagerLine } from '../src/furniture/pager.js';
import { isRightsLine, RIGHTS_GATE } from '../src/furniture/rights.js';
import { isStampLine, isUpdateStamp } from '../src/furniture/stamps.js';
import { isMoreHeading } from '../src/furniture/teaser-headings.js';
import { isFurnitureLine, isTeaserHeading } from '../src/html/furniture.js';
import { fold } from '../src/text/fold.js';

/** Each recogniser with lines it must take and lines it must leave. */
const CASES: Array<{ what: string; is: (line: string) => boolean; yes: string[]; no: string[] }> = [
  {
    what: "a listing's pager",
    is: (line) => isPagerLine(line),
    yes: [
      'Articles plus anciens',
      'Articles plus récents »',
      '1 2 3 Suivant »',
      '« Précédent 1 2 3 4 5 Suivant »',
      'Page suivante',
      '← Older posts',
      'Newer posts →',
      'Next page',
      '[12]Next',
      'الصفحة التالية',
      'التالي »',
      'Weiter',
      'Page 1 sur 12  Suivant »',
      'Page 2 of 15',
      '« Précédent Page 3 de 9 Suivant »',
      'صفحة 3 من 10',
    ],
    no: [
      'Page de garde',
      'Page of the week',
      'Suivant le ministre, la réforme entrera en vigueur en 2026.',
      '1 2 3',
      'Les articles plus anciens du site sont archivés à la bibliothèque nationale.',
      'Older workers in Tangier',
      'Page 3',
    ],
  },
  {
    what: 'a heading over other articles',
    is: (line) => isMoreHeading(line),
    yes: [
      'Verwandte Beiträge',
      'Artikel zum Thema',
      'Verwandte Themen',
      'Articles connexes',
      'Читайте также',
      'Ähnliche Artikel',
      'Neueste Beiträge',
      'Recent Posts',
      'Articles récents',
      'Entradas recientes',
      'Zum Weiterlesen',
      'Pour approfondir',
      'Czytaj też',
      'Leggi anche',
      'Most read',
      'Next Up In Science & Health',
      'Around the Web',
      'Vous aimerez aussi',
      'Empfehlungen aus der Redaktion',
      'Weiterführende Links',
      'اقرأ أيضاً',
      'قد يهمك أيضاً',
      'Vous pourriez aussi aimer',
      'Weitere interessante Themen',
      'Otras noticias',
      'Más en Noticias',
      'Other stories',
      'Other news',
      'Autres actualités',
      'مقالات أخرى',
      'Weiterführende Artikel zu diesem Thema',
      'Related articles on this topic',
      'Articles similaires sur ce sujet',
    ],
    no: [
      'Verwandte Beiträge zum Hafen von Tanger und seiner Geschichte',
      'Recent posts show',
      'Weitere Informationen',
      'More of the same stories',
      'Other ports in the region reported news',
      'أخبار',
    ],
  },
  {
    what: "the HTML pipeline's heading over other articles, Arabic written with its hamzas",
    is: (line) => isTeaserHeading(line),
    yes: ['اقرأ أيضاً', 'الأكثر قراءة', 'أخبار ذات صلة', 'Latest Headlines', 'Top headlines'],
    no: ['قرأ الوزير البيان أمام البرلمان'],
  },
  {
    what: "a comment thread's heading",
    is: (line) => isCommentHeading(line),
    yes: [
      '12 Comments',
      'There are 13 comments',
      'Il y a 2 commentaires',
      '12 thoughts on “Port traffic up”',
      'Leave a Reply Cancel reply',
      'Schreibe einen Kommentar Antworten abbrechen',
      'Laisser un commentaire Annuler la réponse',
      'Deja una respuesta Cancelar la respuesta',
      'Kommentare Schreibe einen Kommentar',
      '54 Kommentare',
      '11 Antworten zu „Hafen“',
      '3 réponses à « Le port »',
      '11 Antworten zu „Sunday Thoughts: Ein wenig lost, aber immer noch da!“',
      '12 thoughts on “Port traffic up in the first half of the year, driven by new lines”',
      '4 Comments. Leave new',
      '2 Kommentare. Schreibe einen Kommentar',
      '1 Comment. Add yours',
    ],
    no: [
      'Comments. Leave new',
      '4 ministers. Leave now',
      'Thoughts on the budget',
      'There are reasons to doubt it',
      'Cancel reply',
      'The minister left a reply to the union',
      'Kommentare zum Haushalt',
      'Antworten',
      'Réponses à la crise',
      '12 ministers gave their answers to “the port question” on Tuesday, the council said in a statement.',
    ],
  },
  {
    what: "a post's tag list",
    is: (line) => isFurnitureLine(line),
    yes: [
      'Tags: Hafen, Tanger, Schifffahrt',
      'Schlagwörter: Hafen, Tanger',
      'Mots-clés : port, Tanger',
      'Filed under: Ports',
    ],
    no: ['Tags are the small labels under each post, the editor said.'],
  },
  {
    what: "an advertisement's note that the article goes on below it",
    is: (line) => isFurnitureLine(line),
    yes: [
      'Story continues below advertisement',
      'Article continues below advertisement',
      'Continue reading below',
      'La suite après cette publicité',
      'Weiter nach der Anzeige',
      'Lesen Sie nach der Anzeige weiter',
      'Continúa después de la publicidad',
    ],
    no: ['The story continues below the port, where the old town begins.'],
  },
  {
    what: 'a share prompt',
    is: (line) => isFurnitureLine(line),
    yes: [
      'Beitrag teilen',
      'Teile diesen Beitrag!',
      'Share this post',
      'Compartir',
      'Condividi',
      'شارك',
    ],
    no: [
      'Teilen Sie die Ansicht des Ministers?',
      'Compartir el agua del río es la propuesta del gobierno.',
    ],
  },
  {
    what: 'a photo credit line',
    is: (line) => isPhotoCredit(line),
    yes: [
      'Imagen: Télam',
      'Imagem: Agência Brasil',
      'Immagine: Ansa',
      'fot. PAP/Leszek Szymański',
      'Foto: dpa',
      'Photograph by Jane Smith',
      'Photo by Karim Alaoui for The Tangier Herald',
      'Bildquelle: Ring der Landjugend',
      'Bildnachweis: Hafen Tanger Med',
      'Vertreterinnen und Vertreter der Verbände sprachen mit der Ministerin. (Bildquelle: Ring der Landjugend )',
      'Ein Jäger am Waldrand bei Sonnenaufgang. (Bildnachweis: Fleischmann/Unsplash)',
      'محطة التحلية الجديدة غرب وهران (أرشيف)',
      'Le port de Tanger Med (Archives)',
      'The harbour of Tangier (File)',
    ],
    no: [
      'Le ministre a consulté les documents (archives comprises) avant de répondre aux députés.',
      'Imagen de la semana en el puerto de Tánger, según los estibadores',
      'Fotografen warten am Hafen',
      'Photo by photo, the exhibition retraces the port’s history, the curator said.',
      'Der Hafen wächst weiter, sagte die Ministerin am Dienstag. (Quelle: Reuters)',
    ],
  },
  {
    what: 'a caption or an embedded post opened by its label',
    is: (line) => isLabelledCaption(line),
    yes: [
      'Image caption The harbour master has run the port of Tangier Med since it opened, and he says the new cranes will change everything for the carriers.',
      'Twitter post by @portdetanger: The new cranes are in place on the east quay and will enter service in September.',
      'Légende : les grues du quai est, photographiées au lever du jour.',
    ],
    no: [
      'Images of the harbour at dawn were shown at the exhibition.',
      'The caption read: cranes at dawn.',
    ],
  },
  {
    what: "a news agency's caption",
    is: (line) => isAgencyCaption(line),
    yes: [
      'In this Dec. 12, 2006, file photo, made available by the port authority, a crane lifts a container on the east quay.',
      'FILE - In this photo taken on March 3, 2019, trucks wait at the gates of the port.',
      'In this image released by the navy, a patrol boat leaves the harbour.',
    ],
    no: [
      'In this port, trucks wait for hours at the gates, the drivers say.',
      'In this year’s budget, the photo agency lost its grant.',
    ],
  },
  {
    what: "a site's appeal to the reader",
    is: (line) => isReaderAppeal(line),
    yes: [
      'Wenn du per E-Mail über Aktuelles informiert werden möchtest, melde dich für unseren Newsletter an.',
      "Abonnez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité.",
      'Support independent journalism: become a subscriber today.',
      'Sign up for our morning briefing and get the news in your inbox.',
      'Verraten Sie uns in den Kommentaren, was Sie davon halten!',
      'You can keep up with me on Twitter @aminasaidi.',
      'Get regular updates on the latest stories from the port.',
      'Folge mir auf Instagram, um keine Reise zu verpassen.',
    ],
    no: [
      'Residents can sign up for the vaccine on the city website until Friday.',
      'The police said they would follow the suspects on their way to the border.',
      'The club donated the proceeds to the hospital, the mayor said.',
      'The minister said she would follow the talks closely.',
    ],
  },
  {
    what: "an author's biography",
    is: (line) => isAuthorBio(line),
    yes: [
      'Amina Saidi is a Staff Writer at the Tangier Herald covering the port, transport and trade.',
      'Karim El Alaoui est journaliste au service économie du Quotidien depuis 2015.',
      'Anna Berg ist Redakteurin im Ressort Wirtschaft.',
      'Lucía Gómez es periodista y corresponsal en Rabat.',
      'Jan van der Berg is a freelance photographer based in Casablanca.',
    ],
    no: [
      'Ahmed Tazi is a senior official of the port authority, who spoke on condition of anonymity.',
      'The minister is a former journalist who worked for the state broadcaster.',
      'Amina Saidi said the reporters had left the port before the strike began.',
      'Saidi is a writer.',
    ],
  },
  {
    what: "a comment form's line",
    is: (line) => isCommentFormLine(line),
    yes: [
      'Save my name, email, and website in this browser for the next time I comment.',
      'Speichern Sie meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser, bis ich wieder kommentiere.',
      'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
      'Your email address will not be published. Required fields are marked *',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'Notify me of follow-up comments by email.',
      'Please enter your comment!',
      'Sie haben eine falsche E-Mail-Adresse eingegeben!',
      'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
      'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.',
      'Please understand that comments are moderated and it is not always possible to publish all of them.',
      'We ask that comments are civil and free of hateful material.',
      'Les commentaires sont modérés avant publication.',
      'Kommentare werden moderiert und erscheinen nicht sofort.',
    ],
    no: [
      'The minister said the address will not be changed before the vote.',
      'The council said the comments it received on the plan would be published next week.',
      'Please enter',
      'Readers can comment on the plan until the end of the month, the council said.',
      'وقال الوزير إن البريد الإلكتروني للوزارة سيبقى مفتوحا أمام المواطنين طوال الأسبوع.',
    ],
  },
  {
    what: "a footer's rights notice",
    is: (line) => isRightsLine(line),
    yes: [
      'Copyright 2020 The Jamaica Daily. All Rights Reserved. Read our Privacy Policy.',
      '© 2024 Le Quotidien – Tous droits réservés',
      'Alle Rechte vorbehalten.',
      'جميع الحقوق محفوظة © 2025',
    ],
    no: [
      '© AFP',
      'Photo: Reuters',
      `The publisher said all rights reserved by the old contract would return to the author. ${'The dispute went on for years. '.repeat(6)}`,
    ],
  },
  {
    what: 'a caption of any length closed by its credit',
    is: (line) => endsWithPhotoCredit(line),
    yes: [
      `${'The port director presented the new terminal plan to the council. '.repeat(5)}(Photo AFP).`,
      `${'The cranes arrived in Tangier on Monday night after a week at sea. '.repeat(5)}Photo: R. Fassi`,
      'Ici, M. Mechichi présente sa formation au président. (Photo AFP)',
    ],
    no: [
      `${'The port director presented the new terminal plan to the council. '.repeat(5)}`,
      'The minister said the photo (taken in May) was real.',
    ],
  },
  {
    what: 'an interface line',
    is: (line) => isInterfaceLine(line),
    yes: [
      'Continue reading the main story',
      'Up Next',
      'Share Tweet Share',
      'Posted by Andrew Hayden, Software Engineer on Google Play',
      'Reviewed by Hansa D. Bhargava, MD',
      'From Wikipedia, the free encyclopedia',
      'Illustration for article titled The Story of a Port',
      'ACCEPT AND CONTINUE TO SITE Deny permission',
      'Tout accepter',
      'Alle akzeptieren',
      // An empty form field as w3m prints it.
      'Search for: [                    ] [Search]',
      'Leave this field blank [                    ]',
      'Zum Inhalt springen',
      'Aller au contenu',
      'The Wayback Machine - https://web.archive.org/web/20200101000000/https://news.example.com/',
      'In den Warenkorb',
      'Mobiles Menü öffnen',
      'Besuchen Sie uns bei LinkedIn',
      // A breadcrumb's label.
      'You are here: Home / News / Port of Tangier',
      'Vous êtes ici : Accueil › Économie',
      'Sie sind hier: Startseite / Wirtschaft / Hafen',
      // Share buttons in other languages.
      'Udostępnij na Facebooku',
      'Compartir en Twitter',
      'Email this to a friend',
    ],
    no: [
      'Up to 30 ships a day',
      'Continued growth at the port',
      'Accepting all offers, the port grew',
      // A checkbox or a bracketed aside is no form field.
      '[ ] Book the ferry',
      'The port [of Tangier] grew',
      'You are heroes, the minister told the dockers',
      'Emails leaked from the port authority',
      'Visit us online for the timetable',
    ],
  },
  {
    what: 'a cookie-consent notice (cookies or trackers, consent or privacy, the reader addressed)',
    is: (line) => isConsentNotice(line),
    yes: [
      'En cliquant sur « OK TOUT ACCEPTER », vous acceptez que le site et les tiers utilisent des cookies et autres traceurs.',
      'By clicking "Accept all", you agree to the storing of cookies on your device to enhance site navigation.',
      'Please accept YouTube cookies to play this video. By accepting you will be accessing content from YouTube.',
      'Wir verwenden Cookies. Wenn Sie auf „Alle akzeptieren“ klicken, stimmen Sie der Verwendung zu.',
      'Vous pouvez également paramétrer les cookies en cliquant « PARAMÉTRER MES CHOIX » ci-dessous.',
      'Al hacer clic en «Aceptar», usted acepta el uso de cookies en este sitio.',
      // Privacy words count when the site speaks as `we`.
      'Soucieux de la protection de vos données personnelles, nous vous informons que nous et nos partenaires utilisons des cookies.',
    ],
    no: [
      // An article about the law: cookies and consent, no reader addressed.
      'La CNIL exige que les sites obtiennent le consentement des internautes avant de déposer des cookies publicitaires.',
      // A recipe: cookies and the reader, no consent.
      'If you like your cookies soft, take them out of the oven after ten minutes and let them cool on the tray.',
      // Consent and the reader, no cookies.
      'By clicking the link you agree to receive our weekly newsletter.',
      // Advice: cookies, privacy and the reader, but no site speaking.
      'Clear your cookies every week if you care about your privacy on shared computers.',
      'Accept cookies',
    ],
  },
  {
    what: 'a picture caption written as a sentence',
    is: (line) => isPictureCaption(line),
    yes: [
      'Port director Karim Alaoui, left, and the minister of transport visit the new terminal in Tangier on Tuesday.',
      'Fatima Zahra Bennani, pictured at the port in 2018, when she was still a deputy.',
      'Above: A container ship waits at the entrance of the port.',
      'This illustration shows the terminal as it should look in 2030.',
      'Le directeur du port (à gauche) et le ministre des Transports, mardi à Tanger.',
      'Der Hafendirektor (links) und die Ministerin bei der Eröffnung am Dienstag.',
    ],
    no: [
      'The port authority said on Tuesday that container traffic rose by nine percent in the first half of the year.',
      'Only two cranes were left after the storm.',
      'Le directeur du port a quitté la réunion avant la fin.',
    ],
  },
  {
    what: 'an engagement counter alone on its line',
    is: (line) => isEngagementCounter(fold(line)),
    yes: [
      '197 Shares',
      '1.2K shares',
      '653,817 VIEWS',
      '1 234 vues',
      '12 Aufrufe',
      // Counters joined on one line, comments among them.
      '5343 mal gelesen | 32 Kommentare',
      '1 234 vues · 12 commentaires',
    ],
    no: [
      '3 reasons to visit Tangier',
      '2019 views on the port',
      'Shares fell by 3%',
      // A comment count alone heads a thread: the comment recogniser's, not a counter.
      '32 Comments',
      '12 shares | 3 reasons to visit Tangier',
    ],
  },
  {
    what: 'an invitation to follow on social networks',
    is: (line) => isReaderAppeal(line),
    yes: [
      'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
      'Suivez Le Monde sur Facebook et Twitter.',
      'Folgen Sie der Redaktion auf Instagram',
      // Arabic: the network named in Arabic (`تابعنا على يوتيوب`, `تابعوا آخر الأخبار عبر تيليجرام`).
      'تابعنا على يوتيوب',
      'تابعوا آخر الأخبار عبر تيليجرام',
    ],
    // Following on a network, the line not opening with the verb.
    no: [
      'Millions follow the minister on Twitter, where he announced the plan.',
      'ويتابع الملايين الوزير على تويتر حيث أعلن عن الخطة.',
    ],
  },
  {
    what: 'a publication or update stamp on a line of its own',
    is: (line) => isStampLine(line),
    yes: [
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      'Mis à jour le 12/03/2024 à 11:05',
      'Publié le 12 mars 2024 à 10h15',
      'Published Thursday 27 July 2017',
      // Labels of more languages: Polish, Dutch, Spanish feminine, Russian, Turkish, Arabic.
      'opublikowano: 7 kwietnia 2021',
      'Gepubliceerd op 12 maart 2024',
      'Publicada el 12/03/2024',
      'Опубликовано: 12.03.2024',
      'Yayınlanma: 12.03.2024',
      'تاريخ النشر: 12/03/2024',
      'نشر بتاريخ 12/03/2024',
    ],
    no: [
      'Published in 1998, the report found that forty percent of the ships were late.',
      'Updated figures show the port grew by nine percent in 2024.',
      'Posted',
    ],
  },
];

describe('update stamps told from publication stamps, in the labels of more languages', () => {
  test.each([
    'Aktualizacja: 12.03.2024',
    'Bijgewerkt op 12 maart 2024',
    'Atualizado em 12/03/2024',
    'Обновлено: 12.03.2024',
    'Güncelleme: 12.03.2024',
  ])('%s is an update', (line) => {
    expect(isStampLine(line)).toBe(true);
    expect(isUpdateStamp(line)).toBe(true);
  });
  test.each([
    'opublikowano: 7 kwietnia 2021',
    'Опубликовано: 12.03.2024',
    'تاريخ النشر: 12/03/2024',
  ])('control: %s is a publication', (line) => {
    expect(isUpdateStamp(line)).toBe(false);
  });
});

for (const { what, is, yes, no } of CASES) {
  describe(what, () => {
    test.each(yes)('%s is one', (line) => {
      expect(is(line)).toBe(true);
    });
    test.each(no)('%s is not', (line) => {
      expect(is(line)).toBe(false);
    });
  });
}

describe("the body wall's shared gate", () => {
  test('is the rights gate and the comment-form gate side by side, same flags', () => {
    // The wall reads both checks only past WALL_GATE: it must pass every line either gate passes.
    expect(WALL_GATE.source).toBe(`${RIGHTS_GATE.source}|${FORM_GATE.source}`);
    expect(WALL_GATE.flags).toBe(RIGHTS_GATE.flags);
    expect(WALL_GATE.flags).toBe(FORM_GATE.flags);
  });

  test('lets through the lines each check takes, and not a plain sentence', () => {
    for (const line of [
      '© 2024 Le Matin. Tous droits réservés.',
      'جميع الحقوق محفوظة',
      'Your email address will not be published.',
    ])
      expect(WALL_GATE.test(line)).toBe(true);
    expect(WALL_GATE.test('Le ministre a présenté le projet de loi devant le parlement.')).toBe(
      false,
    );
  });
});

describe('share bars', () => {
  test('the gate names every share target but `x`', () => {
    for (const t of SHARE_TARGETS) if (t !== 'x') expect(SHARE_GATE.test(t)).toBe(true);
  });
  test.each(['Facebook Twitter WhatsApp Copier le lien', 'Share: Facebook X LinkedIn Email'])(
    '`%s` is interface text',
    (line) => expect(isInterfaceLine(line)).toBe(true),
  );
  test("guard: a results table's row of `x` cells (`\tx\t5,14\tx\tx`) is no share bar", () => {
    expect(isInterfaceLine('\tx\t5,14\t4,96\tx\tx\t')).toBe(false);
  });
});
